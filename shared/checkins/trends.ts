/**
 * Trend lines for the history charts: per scale, the average each partner chose in each week or month, over
 * the last twelve of them. Quick and weekly check-ins both count; a period with no answer from a partner is
 * null (a gap in their line, never a zero).
 */
import { dateOfDay, monthKey, monthsEndingAt, weekKey, weeksEndingAt, type DayKey } from './dates';
import type { PartnerId } from './checkinSchema';
import type { ScaleAnswers, ScaleId } from './scales';

export const TREND_RANGES = ['weeks', 'months'] as const;
export type TrendRange = (typeof TREND_RANGES)[number];
export const TREND_PERIODS = 12;

export interface TrendInput {
  author: PartnerId;
  day: DayKey;
  scales: ScaleAnswers;
}

export interface TrendPoint {
  /** A week key (`2026-W11`) or a month key (`2026-03`). */
  period: string;
  a: number | null;
  b: number | null;
}

function periodOf(day: DayKey, range: TrendRange): string {
  const date = dateOfDay(day);
  return range === 'weeks' ? weekKey(date) : monthKey(date);
}

export function trendPoints(inputs: readonly TrendInput[], scale: ScaleId, range: TrendRange, today: Date): TrendPoint[] {
  const periods = range === 'weeks' ? weeksEndingAt(weekKey(today), TREND_PERIODS) : monthsEndingAt(monthKey(today), TREND_PERIODS);
  const sums = new Map<string, { total: number; count: number }>();
  for (const input of inputs) {
    const key = `${periodOf(input.day, range)}|${input.author}`;
    const sum = sums.get(key) ?? { total: 0, count: 0 };
    sum.total += input.scales[scale];
    sum.count += 1;
    sums.set(key, sum);
  }
  const mean = (period: string, author: PartnerId) => {
    const sum = sums.get(`${period}|${author}`);
    return sum ? Math.round((sum.total / sum.count) * 10) / 10 : null;
  };
  return periods.map((period) => ({ period, a: mean(period, 'a'), b: mean(period, 'b') }));
}

/** How many points each partner has in a series: the charts say something kind when it is 0 or 1. */
export function pointCount(points: readonly TrendPoint[]): number {
  return points.reduce((count, point) => count + (point.a === null ? 0 : 1) + (point.b === null ? 0 : 1), 0);
}
