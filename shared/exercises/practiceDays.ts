/**
 * The calendar the practice views count in: local days and weeks that start on Monday. Local time because
 * "this week" is the couple's week, wherever their clock says they are. Day arithmetic goes through the
 * calendar (not by adding 24 hours), so daylight-saving changes never skip or repeat a day.
 */

/** A local day as `YYYY-MM-DD`. */
export type DayKey = string;

const pad = (value: number) => String(value).padStart(2, '0');

export function dayKey(date: Date | number): DayKey {
  const d = new Date(date);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of the day `date` falls on. */
export function startOfDay(date: Date | number): Date {
  const d = new Date(date);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The same local time of day, `days` later (or earlier, when negative). */
export function addDays(date: Date | number, days: number): Date {
  const d = new Date(date);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
}

/** Monday is 0, Sunday 6. */
export function weekdayIndex(date: Date | number): number {
  return (new Date(date).getDay() + 6) % 7;
}

/** Local midnight of the Monday that starts the week `date` falls in. */
export function startOfWeek(date: Date | number): Date {
  const day = startOfDay(date);
  return addDays(day, -weekdayIndex(day));
}
