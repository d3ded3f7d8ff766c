import { describe, expect, it } from 'vitest';
import { HOW_OFTEN, HOW_OFTEN_LABELS, howOftenLabel, SUGGESTED_SESSIONS_PER_FOUR_WEEKS, TOOL_IDS } from './exerciseTypes';
import { EXERCISES, exerciseById, exercisesForPillar, exercisesForTool, HOME_EXERCISE_IDS } from './exercises';
import { PILLAR_IDS } from './pillars';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('exercise library', () => {
  it('has at least 15 exercises with unique kebab-case ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(15);
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s is complete', (_id, exercise) => {
    expect(PILLAR_IDS).toContain(exercise.pillar);
    expect(exercise.title.trim()).not.toBe('');
    expect(exercise.summary.trim()).not.toBe('');
    expect(exercise.whyItHelps.trim()).not.toBe('');
    expect(exercise.steps.length).toBeGreaterThanOrEqual(2);
    expect(exercise.cautions.length).toBeGreaterThanOrEqual(1);
    for (const line of [...exercise.steps, ...exercise.cautions]) expect(line.trim()).not.toBe('');
    expect(Number.isInteger(exercise.minutes)).toBe(true);
    expect(exercise.minutes).toBeGreaterThan(0);
    expect(HOW_OFTEN).toContain(exercise.howOften);
    if (exercise.tool !== undefined) expect(TOOL_IDS).toContain(exercise.tool);
  });

  it.each(PILLAR_IDS.map((p) => [p]))('pillar %s has at least two exercises', (pillar) => {
    expect(exercisesForPillar(pillar).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['twenty-minute-talk', 'communication', 'talk-timer'],
    ['daily-appreciation', 'emotional-connection', 'appreciation'],
    ['sensate-focus', 'physical-closeness', 'sensate-focus'],
    ['regular-check-ins', 'communication', 'checkin'],
    ['active-listening', 'communication', undefined],
    ['speak-their-love-language', 'communication', undefined],
    ['share-hopes-and-fears', 'emotional-connection', undefined],
    ['gratitude-list', 'emotional-connection', 'appreciation'],
    ['small-gestures', 'physical-closeness', 'gestures'],
    ['planned-affection', 'physical-closeness', undefined],
    ['date-night-in', 'quality-time', 'date-night'],
    ['date-night-out', 'quality-time', 'date-night'],
    ['shared-hobby', 'quality-time', undefined],
    ['device-free-hour', 'quality-time', 'device-free-timer'],
    ['find-a-counsellor', 'professional-help', undefined],
    ['online-course-or-workshop', 'professional-help', undefined],
    ['support-group', 'professional-help', undefined],
  ] as const)('includes %s under %s (tool: %s)', (id, pillar, tool) => {
    const exercise = exerciseById(id);
    expect(exercise?.pillar).toBe(pillar);
    expect(exercise?.tool).toBe(tool);
  });

  it('describes the 20-minute talk as two 10-minute turns and the appreciation as a bedtime ritual', () => {
    const talk = exerciseById('twenty-minute-talk');
    expect(talk?.minutes).toBe(20);
    expect(talk?.summary).toMatch(/ten minutes/i);
    expect(exerciseById('daily-appreciation')?.howOften).toBe('daily');
    expect(exerciseById('daily-appreciation')?.summary).toMatch(/bedtime/i);
  });

  it('keeps every touch exercise at the pace of the slower partner and free of bargaining', () => {
    for (const exercise of exercisesForPillar('physical-closeness')) {
      const cautions = exercise.cautions.join(' ');
      expect(cautions, exercise.id).toMatch(/more slowly/);
    }
    for (const id of ['small-gestures', 'planned-affection', 'sensate-focus']) {
      expect(exerciseById(id)?.cautions.join(' '), id).toMatch(/not a deal/);
    }
  });

  it('names the three home exercises and every tool has an exercise', () => {
    for (const id of HOME_EXERCISE_IDS) expect(exerciseById(id)).toBeDefined();
    for (const tool of TOOL_IDS) expect(exercisesForTool(tool).length, tool).toBeGreaterThanOrEqual(1);
  });

  it('labels every frequency and suggests sessions for the weekly plan', () => {
    for (const h of HOW_OFTEN) {
      expect(HOW_OFTEN_LABELS[h].trim()).not.toBe('');
      expect(howOftenLabel(h)).toBe(HOW_OFTEN_LABELS[h]);
      expect(SUGGESTED_SESSIONS_PER_FOUR_WEEKS[h]).toBeGreaterThanOrEqual(0);
    }
    expect(SUGGESTED_SESSIONS_PER_FOUR_WEEKS.daily).toBe(28);
    expect(SUGGESTED_SESSIONS_PER_FOUR_WEEKS.fortnightly).toBe(2);
    expect(howOftenLabel('few-times-a-week')).toBe('A few times a week');
  });

  it('finds nothing for an unknown id', () => {
    expect(exerciseById('not-an-exercise')).toBeUndefined();
  });
});
