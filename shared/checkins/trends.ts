/**
 * Trend lines for the history charts: per scale, the average each partner chose in each week or month, over
 * the last twelve of them. Quick and weekly check-ins both count; a period with no answer from a partner is
 * null (a gap in their line, never a zero).
 */
import { addMonths, addWeeks, dateOfDay, monthKey, monthsEndingAt, weekKey, weeksEndingAt, type DayKey } from './dates';
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
  return trendPointsOver(inputs, scale, range, periods);
}

/** The trend over given periods (week or month keys, oldest first): what an export of any range draws. */
export function trendPointsOver(inputs: readonly TrendInput[], scale: ScaleId, range: TrendRange, periods: readonly string[]): TrendPoint[] {
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

/**
 * The periods that cover the days from `first` to `last` (inclusive), oldest first: weeks for a span of up to
 * sixteen weeks, months beyond that, so a chart of a month and a chart of ten years both stay readable.
 */
export function periodsCovering(first: Date, last: Date): { range: TrendRange; periods: string[] } {
  const days = Math.round((last.getTime() - first.getTime()) / 86_400_000);
  if (days <= 16 * 7) {
    const periods = [weekKey(first)];
    while (periods[periods.length - 1] !== weekKey(last)) periods.push(addWeeks(periods[periods.length - 1]!, 1));
    return { range: 'weeks', periods };
  }
  const periods = [monthKey(first)];
  while (periods[periods.length - 1] !== monthKey(last)) periods.push(addMonths(periods[periods.length - 1]!, 1));
  return { range: 'months', periods };
}

/** How many points each partner has in a series: the charts say something kind when it is 0 or 1. */
export function pointCount(points: readonly TrendPoint[]): number {
  return points.reduce((count, point) => count + (point.a === null ? 0 : 1) + (point.b === null ? 0 : 1), 0);
}
