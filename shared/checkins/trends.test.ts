import { describe, expect, it } from 'vitest';
import type { PartnerId } from './checkinSchema';
import type { ScaleValue } from './scales';
import { periodsCovering, pointCount, trendPoints, trendPointsOver, type TrendInput } from './trends';

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

describe('periodsCovering', () => {
  it('uses weeks for a month and months for a year', () => {
    expect(periodsCovering(new Date(2026, 2, 1), new Date(2026, 2, 31))).toEqual({
      range: 'weeks',
      periods: ['2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14'],
    });
    const year = periodsCovering(new Date(2026, 0, 1), new Date(2026, 11, 31));
    expect(year.range).toBe('months');
    expect(year.periods).toHaveLength(12);
    expect(year.periods[0]).toBe('2026-01');
    expect(year.periods[11]).toBe('2026-12');
  });

  it('crosses a year end', () => {
    expect(periodsCovering(new Date(2025, 5, 15), new Date(2026, 1, 2)).periods.slice(-3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('trendPointsOver', () => {
  it('averages each partner over the given periods, with gaps as null', () => {
    const inputs = [
      { author: 'a' as const, day: '2026-03-02', scales: { mood: 2, emotionalCloseness: 3, physicalCloseness: 3, stress: 3 } as const },
      { author: 'a' as const, day: '2026-03-20', scales: { mood: 5, emotionalCloseness: 3, physicalCloseness: 3, stress: 3 } as const },
    ];
    expect(trendPointsOver(inputs, 'mood', 'months', ['2026-02', '2026-03'])).toEqual([
      { period: '2026-02', a: null, b: null },
      { period: '2026-03', a: 3.5, b: null },
    ]);
  });
});
