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
 * When the local day of `now` starts and the next one starts (ms since the epoch). Built from the calendar
 * date, so a day of 23 or 25 hours (a daylight-saving change) is still one whole day.
 */
export function localDayBounds(now: Date): { start: number; end: number } {
  return {
    start: new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(),
    end: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime(),
  };
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
