/**
 * Local wall-clock arithmetic in an IANA zone, through the Temporal polyfill (docs/reminders.md says why
 * that library). The one rule for times that do not exist or exist twice is Temporal's `compatible`: on the
 * spring-forward night 02:30 becomes 03:30 (the same length after the gap), and in the autumn's repeated
 * hour the first 01:30 counts. Every reminder time goes through `instantOf`, so the rule holds everywhere.
 */
import { Temporal } from 'temporal-polyfill';
import type { WallTime, Weekday } from '../settings/reminderSettings';

/** A local calendar day as `YYYY-MM-DD`; compares correctly as a string. */
export type LocalDate = string;

export function parseWallTime(time: WallTime): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/** The instant (ms since the epoch) a local date and time names in `zone`. */
export function instantOf(date: LocalDate, time: WallTime, zone: string): number {
  const local = Temporal.PlainDate.from(date).toPlainDateTime(parseWallTime(time));
  return local.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

function zoned(at: number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone);
}

/** The local day `at` falls on in `zone`. */
export function localDateOf(at: number, zone: string): LocalDate {
  return zoned(at, zone).toPlainDate().toString();
}

/** The local date `days` after `date` (calendar days, never 24-hour steps). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function weekdayOf(date: LocalDate): Weekday {
  return Temporal.PlainDate.from(date).dayOfWeek as Weekday;
}

/** Minutes since local midnight at `at` in `zone` (what a wall clock on the shelf shows). */
export function minuteOfDay(at: number, zone: string): number {
  const local = zoned(at, zone);
  return local.hour * 60 + local.minute;
}

export function wallTimeMinutes(time: WallTime): number {
  const { hour, minute } = parseWallTime(time);
  return hour * 60 + minute;
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}
