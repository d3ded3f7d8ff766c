/**
 * The input the gentle rules read: one line per weekly check-in the viewer may see, and the helper that
 * picks one partner's latest run of them. A run only counts while it is current (its newest answer is from
 * this week or last week), so an old hard stretch stops showing a card once the couple moves on.
 */
import { addWeeks, type WeekKey } from './dates';
import type { PartnerId } from './checkinSchema';
import type { ScaleAnswers } from './scales';

export interface WeeklySignal {
  author: PartnerId;
  week: WeekKey;
  scales: ScaleAnswers;
  isBothered: boolean;
}

/**
 * The author's `count` most recent weekly check-ins, newest first (one per week), or null when there are
 * fewer, or when the newest is older than last week.
 */
export function latestRun(signals: readonly WeeklySignal[], author: PartnerId, thisWeek: WeekKey, count: number): WeeklySignal[] | null {
  const byWeek = new Map<WeekKey, WeeklySignal>();
  for (const signal of signals) {
    if (signal.author === author && signal.week <= thisWeek) byWeek.set(signal.week, signal);
  }
  // Week keys sort as text: `2026-W09` < `2026-W10` < `2027-W01`.
  const newestFirst = [...byWeek.values()].sort((x, y) => (x.week < y.week ? 1 : -1));
  const newest = newestFirst[0];
  if (!newest || newest.week < addWeeks(thisWeek, -1) || newestFirst.length < count) return null;
  return newestFirst.slice(0, count);
}

export function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
