import { describe, expect, it } from 'vitest';
import type { PartnerId } from './checkinSchema';
import type { ScaleValue } from './scales';
import { pointCount, trendPoints, type TrendInput } from './trends';

const TODAY = new Date(2026, 4, 14, 12); // Thursday 14 May 2026, week 2026-W20

function input(author: PartnerId, day: string, mood: ScaleValue): TrendInput {
  return { author, day, scales: { mood, emotionalCloseness: 3, physicalCloseness: 3, stress: 2 } };
}

describe('trend points', () => {
  it('gives twelve empty weeks, oldest first, when nothing was answered', () => {
    const points = trendPoints([], 'mood', 'weeks', TODAY);
    expect(points).toHaveLength(12);
    expect(points[0]!.period).toBe('2026-W09');
    expect(points[11]).toEqual({ period: '2026-W20', a: null, b: null });
    expect(pointCount(points)).toBe(0);
  });

  it.each([
    ['one answer', [input('a', '2026-05-12', 4)], 'weeks', '2026-W20', 4, null, 1],
    ['two answers in a week are averaged', [input('a', '2026-05-11', 4), input('a', '2026-05-13', 1)], 'weeks', '2026-W20', 2.5, null, 1],
    ['a third of a point is rounded', [input('b', '2026-05-11', 4), input('b', '2026-05-12', 4), input('b', '2026-05-13', 5)], 'weeks', '2026-W20', null, 4.3, 1],
    ['both partners, same week', [input('a', '2026-05-11', 2), input('b', '2026-05-11', 5)], 'weeks', '2026-W20', 2, 5, 2],
    ['months group by calendar month', [input('a', '2026-05-01', 2), input('a', '2026-05-31', 4)], 'months', '2026-05', 3, null, 1],
    ['older than the range is left out', [input('a', '2025-01-01', 2)], 'months', '2026-05', null, null, 0],
  ] as const)('%s', (_name, inputs, range, period, a, b, count) => {
    const points = trendPoints(inputs, 'mood', range, TODAY);
    expect(points.find((point) => point.period === period)).toEqual({ period, a, b });
    expect(pointCount(points)).toBe(count);
  });

  it('spans a year of months ending this month', () => {
    const points = trendPoints([], 'stress', 'months', TODAY);
    expect(points.map((point) => point.period)).toEqual([
      '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05',
    ]);
  });
});
