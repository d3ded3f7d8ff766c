import { describe, expect, it } from 'vitest';
import { EXERCISES } from './content';
import { eventSchemas } from './ipc/contract';
import { exercisePaths, matchAppPath, placePath, ROUTE_IDS, ROUTE_TABLE } from './routes';

describe('the route table', () => {
  it('has a path for every place, named by its id', () => {
    for (const id of ROUTE_IDS) expect(matchAppPath(placePath(id))).toEqual({ name: id, place: id, params: {} });
  });

  it('names every route once, and every route lives under a place', () => {
    expect(new Set(ROUTE_TABLE.map((route) => route.name)).size).toBe(ROUTE_TABLE.length);
    for (const route of ROUTE_TABLE) expect(ROUTE_IDS).toContain(route.pattern.split('/')[1]);
  });

  it.each([
    ['/exercises', 'exercises', {}],
    [exercisePaths.library, 'exercises/library', {}],
    [exercisePaths.week, 'exercises/week', {}],
    [exercisePaths.log, 'exercises/log', {}],
    [exercisePaths.talk, 'exercises/talk', {}],
    [exercisePaths.deviceFree, 'exercises/device-free', {}],
    [exercisePaths.sensateFocus(), 'exercises/sensate-focus', {}],
    [exercisePaths.sensateFocus(3), 'exercises/sensate-focus', { stage: '3' }],
    [exercisePaths.sensateFocusLog(2), 'exercises/sensate-focus-log', { stage: '2' }],
    [exercisePaths.exercise('long-hug'), 'exercises/exercise', { exerciseId: 'long-hug' }],
    [exercisePaths.exerciseLog('long-hug'), 'exercises/exercise-log', { exerciseId: 'long-hug' }],
    [
      exercisePaths.dateNightLog('date-night-in', '0b6e4f1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e'),
      'exercises/date-night-log',
      { exerciseId: 'date-night-in', planId: '0b6e4f1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e' },
    ],
  ] as const)('gives the exercise view %s its own route', (path, name, params) => {
    expect(matchAppPath(path)).toEqual({ name, place: 'exercises', params });
  });

  it("gives every exercise in the library a page and a log that are its own, never another view's", () => {
    for (const exercise of EXERCISES) {
      expect(matchAppPath(exercisePaths.exercise(exercise.id))).toMatchObject({ name: 'exercises/exercise', params: { exerciseId: exercise.id } });
      expect(matchAppPath(exercisePaths.exerciseLog(exercise.id))).toMatchObject({ name: 'exercises/exercise-log' });
    }
  });

  it.each([
    ['nothing', ''],
    ['the root', '/'],
    ['an unknown place', '/nowhere'],
    ['a place with a trailing slash', '/today/'],
    ['a place with more after it', '/journal/2024'],
    ['a query string', '/exercises/talk?x=1'],
    ['a fragment', '/exercises/talk#now'],
    ['a stage that does not exist', '/exercises/sensate-focus/stages/0'],
    ['a stage that is not a number', '/exercises/sensate-focus/stages/two'],
    ['an exercise id with capitals', '/exercises/Long-Hug'],
    ['an exercise id with a dot', '/exercises/..'],
    ['an encoded slash', '/exercises/a%2Fb'],
    ['another origin', 'https://example.org/exercises'],
    ['a path without its leading slash', 'exercises/talk'],
    ['a very long path', `/exercises/${'a'.repeat(300)}`],
  ])('refuses %s', (_name, path) => {
    expect(matchAppPath(path)).toBeNull();
  });
});

describe('navigation:didRequestRoute from main', () => {
  const schema = eventSchemas['navigation:didRequestRoute'];

  it('carries a path from the table', () => {
    expect(schema.parse({ path: '/exercises/talk' })).toEqual({ path: '/exercises/talk' });
    expect(schema.parse({ path: '/checkins' })).toEqual({ path: '/checkins' });
  });

  it.each([
    ['an unknown path', { path: '/exercises/talk/now' }],
    ['a route id instead of a path', { route: 'checkins' }],
    ['a path and more', { path: '/today', extra: true }],
    ['a path that is not a string', { path: 42 }],
  ])('refuses %s', (_name, payload) => {
    expect(schema.safeParse(payload).success).toBe(false);
  });
});
