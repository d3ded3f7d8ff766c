import { describe, expect, it } from 'vitest';
import { EXERCISES } from '@shared/content';
import { pathOfView, returnOf, viewOfPath, type ExercisesView, type LogView } from './exercisesNavigation';

const EVERY_KIND_OF_VIEW: readonly ExercisesView[] = [
  { name: 'home', tab: 'library' },
  { name: 'home', tab: 'week' },
  { name: 'home', tab: 'log' },
  { name: 'exercise', exerciseId: 'long-hug' },
  { name: 'talk' },
  { name: 'device-free' },
  { name: 'sensate-focus' },
  { name: 'sensate-focus', stage: 2 },
  { name: 'log', exerciseId: 'long-hug' },
  { name: 'log', exerciseId: 'sensate-focus', stage: 3 },
  { name: 'log', exerciseId: 'date-night-out', dateNightPlanId: '6f1c2d3a-4b5c-4d9e-8f1a-2b3c4d5e6f70' },
];

describe("the Exercises screen's views as routes", () => {
  it.each(EVERY_KIND_OF_VIEW.map((view) => [pathOfView(view), view] as const))('%s is a path of its own that leads back to its view', (path, view) => {
    expect(viewOfPath(path)).toEqual(view);
  });

  it('gives every view a different path', () => {
    expect(new Set(EVERY_KIND_OF_VIEW.map(pathOfView)).size).toBe(EVERY_KIND_OF_VIEW.length);
  });

  it("opens every exercise's page and log form at its own path", () => {
    for (const { id } of EXERCISES) {
      expect(viewOfPath(pathOfView({ name: 'exercise', exerciseId: id }))).toEqual({ name: 'exercise', exerciseId: id });
      expect(viewOfPath(pathOfView({ name: 'log', exerciseId: id }))).toEqual({ name: 'log', exerciseId: id });
    }
  });

  it('shows the library at the bare /exercises', () => {
    expect(viewOfPath('/exercises')).toEqual({ name: 'home', tab: 'library' });
  });

  it('is no view for a path outside the screen, or one not in the table', () => {
    expect(viewOfPath('/journal')).toBeNull();
    expect(viewOfPath('/exercises/talk/now')).toBeNull();
  });

  it('sends Back from the log form where it was opened: the stage, or the exercise page (date nights too)', () => {
    const stageLog: LogView = { name: 'log', exerciseId: 'sensate-focus', stage: 3 };
    const dateNightLog: LogView = { name: 'log', exerciseId: 'date-night-in', dateNightPlanId: 'plan-1' };
    expect(returnOf(stageLog)).toEqual({ name: 'sensate-focus', stage: 3 });
    expect(returnOf({ name: 'log', exerciseId: 'sensate-focus' })).toEqual({ name: 'exercise', exerciseId: 'sensate-focus' });
    expect(returnOf(dateNightLog)).toEqual({ name: 'exercise', exerciseId: 'date-night-in' });
    expect(returnOf({ name: 'log', exerciseId: 'long-hug' })).toEqual({ name: 'exercise', exerciseId: 'long-hug' });
  });
});
