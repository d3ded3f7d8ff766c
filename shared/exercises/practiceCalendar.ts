/**
 * The practice calendar: the last few weeks as rows of days (Monday first), each day holding the sessions
 * that began on it. A picture of showing up, not a chain to keep: an empty day is just an empty day.
 */
import type { SessionFact } from './exerciseRecords';
import { addDays, dayKey, startOfWeek, type DayKey } from './practiceDays';

export const CALENDAR_WEEKS = 8;

export interface CalendarDay<S extends SessionFact> {
  day: DayKey;
  /** Local midnight, in milliseconds. */
  date: number;
  isToday: boolean;
  isFuture: boolean;
  /** Oldest first. */
  sessions: S[];
}

export interface CalendarWeek<S extends SessionFact> {
  /** The Monday that starts the week. */
  start: DayKey;
  days: CalendarDay<S>[];
}

/** `weeks` weeks ending with the current one, oldest first, seven days each. */
export function practiceCalendar<S extends SessionFact>(sessions: readonly S[], now: number, weeks = CALENDAR_WEEKS): CalendarWeek<S>[] {
  const today = dayKey(now);
  const byDay = new Map<DayKey, S[]>();
  for (const session of [...sessions].sort((x, y) => x.startedAt - y.startedAt)) {
    const key = dayKey(session.startedAt);
    byDay.set(key, [...(byDay.get(key) ?? []), session]);
  }
  const firstMonday = addDays(startOfWeek(now), -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_unused, w) => {
    const monday = addDays(firstMonday, 7 * w);
    const days = Array.from({ length: 7 }, (_ignored, d) => {
      const date = addDays(monday, d);
      const key = dayKey(date);
      return { day: key, date: date.getTime(), isToday: key === today, isFuture: key > today, sessions: byDay.get(key) ?? [] };
    });
    return { start: dayKey(monday), days };
  });
}
