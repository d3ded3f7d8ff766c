/**
 * The calendar keys check-ins are filed under, all in local time: a day (`2026-03-09`), an ISO 8601 week
 * starting on Monday (`2026-W11`; week 1 holds the year's first Thursday, so 29 December can belong to the
 * next year's week 1) and a month (`2026-03`). Local time because "this week" is the couple's week, wherever
 * their clock says they are.
 */

export type DayKey = string;
export type WeekKey = string;
export type MonthKey = string;

export const DAY_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const WEEK_KEY_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

const DAY_MS = 86_400_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Monday is 0, Sunday 6. */
function weekdayIndex(date: Date): number {
  return (date.getDay() + 6) % 7;
}

export function dayKey(date: Date): DayKey {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function monthKey(date: Date): MonthKey {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** The local date a day key names, at midnight. */
export function dateOfDay(key: DayKey): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

export function weekKey(date: Date): WeekKey {
  // The Thursday of this week decides the ISO year; counting Thursdays avoids daylight-saving hours.
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - weekdayIndex(date) + 3);
  const year = thursday.getFullYear();
  const jan4 = new Date(year, 0, 4);
  const firstThursday = new Date(year, 0, 4 - weekdayIndex(jan4) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * DAY_MS));
  return `${year}-W${pad(week)}`;
}

/** The Monday (local midnight) that starts a week. */
export function weekStart(key: WeekKey): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) throw new Error(`Not a week key: ${key}`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  const jan4 = new Date(year, 0, 4);
  return new Date(year, 0, 4 - weekdayIndex(jan4) + (week - 1) * 7);
}

export function addWeeks(key: WeekKey, weeks: number): WeekKey {
  const start = weekStart(key);
  return weekKey(new Date(start.getFullYear(), start.getMonth(), start.getDate() + weeks * 7));
}

export function addMonths(key: MonthKey, months: number): MonthKey {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return monthKey(new Date(year, month - 1 + months, 1));
}

/** The `count` week keys ending with `last`, oldest first. */
export function weeksEndingAt(last: WeekKey, count: number): WeekKey[] {
  return Array.from({ length: count }, (_, index) => addWeeks(last, index - count + 1));
}

/** The `count` month keys ending with `last`, oldest first. */
export function monthsEndingAt(last: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, index) => addMonths(last, index - count + 1));
}
