/**
 * Day maths for Today, all in local time (the couple's evening is wherever their clock says they are).
 * Pure: no clock of its own, so tests pass the moment they mean.
 */
import { dayKey, type DayKey } from '@shared/checkins';

const DAY_MS = 86_400_000;

/** True when `createdAt` (ms since the epoch) falls on the same local day as `now`. */
export function isOnLocalDay(createdAt: number, now: Date): boolean {
  return dayKey(new Date(createdAt)) === dayKey(now);
}

/**
 * Whole local days since 1 January 1970, counted by calendar date rather than by hours, so a
 * daylight-saving night still moves on by exactly one.
 */
export function localDayNumber(now: Date): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS);
}

/** How many different local days the timestamps fall on. */
export function countDistinctLocalDays(timestamps: Iterable<number>): number {
  const days = new Set<DayKey>();
  // One Date per timestamp is quick enough for a 10-year vault (about 20,000 records, a few ms).
  for (const time of timestamps) days.add(dayKey(new Date(time)));
  return days.size;
}
