import { describe, expect, it } from 'vitest';
import type { PlanItem } from './exerciseRecords';
import { nextPlannedExercise, planProgress } from './nextPlannedExercise';

const THURSDAY = new Date(2026, 4, 14, 18, 0).getTime();
const MONDAY = new Date(2026, 4, 11, 9, 0).getTime();
const on = (exerciseId: string, day: number, hour = 12) => ({ exerciseId, startedAt: new Date(2026, 4, day, hour).getTime() });
const plan = (...items: [string, number][]) => ({ items: items.map(([exerciseId, timesPerWeek]): PlanItem => ({ exerciseId, timesPerWeek })) });

describe("what's next from the weekly plan", () => {
  it.each<[string, ReturnType<typeof plan> | null, ReturnType<typeof on>[], number, string | null]>([
    ['no plan', null, [], THURSDAY, null],
    ['an empty plan', plan(), [], THURSDAY, null],
    ['the only item', plan(['twenty-minute-talk', 1]), [], THURSDAY, 'twenty-minute-talk'],
    ['nothing once the week is done', plan(['twenty-minute-talk', 1]), [on('twenty-minute-talk', 12)], THURSDAY, null],
    ['last week does not count', plan(['twenty-minute-talk', 1]), [on('twenty-minute-talk', 8)], THURSDAY, 'twenty-minute-talk'],
    ['ties go to plan order', plan(['walk-together', 2], ['twenty-minute-talk', 2]), [], THURSDAY, 'walk-together'],
    ['furthest behind an even pace', plan(['walk-together', 2], ['device-free-hour', 7]), [on('device-free-hour', 11)], THURSDAY, 'device-free-hour'],
    ['something not done today comes first', plan(['device-free-hour', 7], ['walk-together', 1]), [on('device-free-hour', 14, 8)], THURSDAY, 'walk-together'],
    ['done today, but still the only one left', plan(['device-free-hour', 7]), [on('device-free-hour', 14, 8)], THURSDAY, 'device-free-hour'],
    ['on Monday morning, the first in the plan', plan(['twenty-minute-talk', 1], ['device-free-hour', 5]), [], MONDAY, 'device-free-hour'],
  ])('%s', (_name, thePlan, sessions, now, expected) => {
    expect(nextPlannedExercise(thePlan, sessions, now)?.exerciseId ?? null).toBe(expected);
  });

  it('counts this week per item, in plan order', () => {
    const progress = planProgress(plan(['walk-together', 3], ['twenty-minute-talk', 1]).items, [on('walk-together', 11), on('walk-together', 14, 7), on('walk-together', 10)], THURSDAY);
    expect(progress).toEqual([
      { exerciseId: 'walk-together', timesPerWeek: 3, doneThisWeek: 2, isDoneToday: true },
      { exerciseId: 'twenty-minute-talk', timesPerWeek: 1, doneThisWeek: 0, isDoneToday: false },
    ]);
  });
});
