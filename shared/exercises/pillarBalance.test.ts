import { describe, expect, it } from 'vitest';
import type { PillarId } from '../content/pillars';
import { pillarBalance, quietestPillar } from './pillarBalance';

const NOW = new Date(2026, 4, 14, 20, 0).getTime(); // Thursday evening
const daysAgo = (days: number, hour = 19) => new Date(2026, 4, 14 - days, hour, 0).getTime();
const s = (exerciseId: string, startedAt: number) => ({ exerciseId, startedAt });

const counts = (input: Parameters<typeof pillarBalance>[0]) =>
  Object.fromEntries(pillarBalance(input).pillars.map((p) => [p.pillar, [p.sessions, p.planned]]));

describe('balance across the pillars', () => {
  it.each<[string, ReturnType<typeof s>[], { exerciseId: string; timesPerWeek: number }[], Partial<Record<PillarId, [number, number]>>]>([
    ['nothing yet', [], [], { communication: [0, 0], 'quality-time': [0, 0] }],
    [
      'sessions counted by their exercise’s pillar',
      [s('twenty-minute-talk', daysAgo(1)), s('active-listening', daysAgo(3)), s('walk-together', daysAgo(2)), s('sensate-focus', daysAgo(0, 9))],
      [],
      { communication: [2, 0], 'quality-time': [1, 0], 'physical-closeness': [1, 0], 'emotional-connection': [0, 0] },
    ],
    ['the window is today and the 27 days before', [s('walk-together', daysAgo(27, 0)), s('walk-together', daysAgo(28, 23))], [], { 'quality-time': [1, 0] }],
    ['a session later than now is left out', [s('walk-together', NOW + 60_000)], [], { 'quality-time': [0, 0] }],
    ['unknown exercises are left out', [s('from-a-later-version', daysAgo(1))], [{ exerciseId: 'also-unknown', timesPerWeek: 3 }], { communication: [0, 0] }],
    [
      'the plan counts four weeks of its times per week',
      [s('twenty-minute-talk', daysAgo(2))],
      [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 1 }, { exerciseId: 'active-listening', timesPerWeek: 2 }, { exerciseId: 'device-free-hour', timesPerWeek: 5 }],
      { communication: [1, 12], 'quality-time': [0, 20] },
    ],
  ])('%s', (_name, sessions, planItems, expected) => {
    expect(counts({ sessions, planItems, now: NOW })).toMatchObject(expected);
  });

  it('shares add up to one, in pillar order', () => {
    const balance = pillarBalance({
      sessions: [s('twenty-minute-talk', daysAgo(1)), s('twenty-minute-talk', daysAgo(2)), s('walk-together', daysAgo(3)), s('long-hug', daysAgo(4))],
      planItems: [],
      now: NOW,
    });
    expect(balance.pillars.map((p) => p.pillar)).toEqual(['communication', 'emotional-connection', 'physical-closeness', 'quality-time', 'professional-help']);
    expect(balance.pillars.map((p) => p.share)).toEqual([0.5, 0, 0.25, 0.25, 0]);
    expect(balance.totalSessions).toBe(4);
    expect(balance.windowStart).toBe(new Date(2026, 3, 17).getTime());
  });

  it('can look at another number of weeks', () => {
    const balance = pillarBalance({ sessions: [s('walk-together', daysAgo(10))], planItems: [{ exerciseId: 'walk-together', timesPerWeek: 2 }], now: NOW, weeks: 1 });
    expect(balance.pillars[3]).toMatchObject({ sessions: 0, planned: 2 });
  });

  it.each<[string, ReturnType<typeof s>[], { exerciseId: string; timesPerWeek: number }[], PillarId | null]>([
    ['nothing done: no suggestion', [], [{ exerciseId: 'walk-together', timesPerWeek: 2 }], null],
    ['the planned pillar furthest behind', [s('twenty-minute-talk', daysAgo(1)), s('walk-together', daysAgo(1))], [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 1 }, { exerciseId: 'walk-together', timesPerWeek: 3 }], 'quality-time'],
    ['everything planned in step', Array.from({ length: 4 }, (_x, i) => s('twenty-minute-talk', daysAgo(i))), [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 1 }], null],
    ['no plan: the first untended pillar', [s('twenty-minute-talk', daysAgo(1)), s('daily-appreciation', daysAgo(1))], [], 'physical-closeness'],
  ])('a gentle nudge: %s', (_name, sessions, planItems, expected) => {
    expect(quietestPillar(pillarBalance({ sessions, planItems, now: NOW }))).toBe(expected);
  });
});
