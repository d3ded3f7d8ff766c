/**
 * Quiet hours: a stretch of the local day, possibly past midnight, when no reminder fires. A ritual's
 * reminder that falls inside them is skipped for that day (not saved up); a snooze that would land inside
 * them waits until they end, because the person asked for it. Settings says both in words.
 */
import type { QuietHours } from '../settings/reminderSettings';
import { addLocalDays, instantOf, localDateOf, minuteOfDay, wallTimeMinutes } from './wallClock';

export function isInQuietHours(at: number, quiet: QuietHours, zone: string): boolean {
  if (!quiet.isOn) return false;
  const minute = minuteOfDay(at, zone);
  const start = wallTimeMinutes(quiet.start);
  const end = wallTimeMinutes(quiet.end);
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** `at` itself when outside quiet hours, else the moment they end. */
export function afterQuietHours(at: number, quiet: QuietHours, zone: string): number {
  if (!isInQuietHours(at, quiet, zone)) return at;
  const today = localDateOf(at, zone);
  const endToday = instantOf(today, quiet.end, zone);
  return endToday > at ? endToday : instantOf(addLocalDays(today, 1), quiet.end, zone);
}
