/**
 * The words Settings and Today use about reminders: the next one, a pause, quiet hours. Times are shown in
 * the zone main reckons in (it sends it with the status), so the page and the reminder agree.
 */
import { REMINDER_NAMES } from '@shared/reminders/reminderTexts';
import type { ReminderStatusView } from '@shared/ipc/contract';
import type { QuietHours, ReminderPause, WallTime, Weekday } from '@shared/settings/reminderSettings';

const dayOf = (at: number, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
/** "21:30" on a 24-hour clock, "9:30 PM" on a 12-hour one, as the person's locale writes times. */
function timeOf(at: number, zone: string, locale?: string): string {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour, minute: '2-digit' }).format(at);
}
/** A wall-clock time such as 22:30 in the person's clock style ("10:30 PM" where that is theirs). */
const wallTimeWords = (time: WallTime, locale?: string) => timeOf(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3))), 'UTC', locale);
const weekdayOf = (at: number, zone: string, locale?: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'long' }).format(at);
const dateOf = (at: number, zone: string, locale?: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' }).format(at);

/**
 * "today at 21:30", "tomorrow at 07:00", "on Sunday at 19:00", or a full date further out; the clock in the
 * person's own style (`locale` undefined: the system's).
 */
export function whenWords(at: number, now: number, zone: string, locale?: string): string {
  const day = dayOf(at, zone);
  const time = timeOf(at, zone, locale);
  if (day === dayOf(now, zone)) return `today at ${time}`;
  if (day === dayOf(now + 86_400_000, zone) || day === dayOf(now + 90_000_000, zone)) return `tomorrow at ${time}`;
  // Within the coming week a weekday is clear; a day is never 23 or 25 hours off by more than an hour.
  const isThisWeek = [2, 3, 4, 5, 6].some((days) => day === dayOf(now + days * 86_400_000 + 3_600_000, zone) || day === dayOf(now + days * 86_400_000 - 3_600_000, zone));
  if (isThisWeek) return `on ${weekdayOf(at, zone, locale)} at ${time}`;
  return `on ${dateOf(at, zone, locale)} at ${time}`;
}

/** Today's line: what comes next, or why nothing does. */
export function nextReminderWords(status: Omit<ReminderStatusView, 'now'>, now: number, locale?: string): string {
  if (status.pause === 'until-resumed') return 'Reminders are paused until you resume them in Settings.';
  if (!status.next) return 'No reminders are set. You can choose some in Settings.';
  const what = REMINDER_NAMES[status.next.kind].toLowerCase();
  const snoozed = status.next.reason === 'snoozed' ? ' (snoozed)' : '';
  return `Next reminder: ${what}${snoozed}, ${whenWords(status.next.at, now, status.timeZone, locale)}.`;
}

export function pauseWords(pause: ReminderPause, now: number, zone: string, locale?: string): string | null {
  if (pause === null) return null;
  if (pause === 'until-resumed') return 'Reminders are paused until you resume them.';
  if (pause <= now) return null;
  return `Reminders are paused until ${whenWords(pause, now, zone, locale)}.`;
}

/** What quiet hours do, in one sentence: the promise the rules in shared/reminders keep. */
export function quietHoursWords(quiet: QuietHours, locale?: string): string {
  if (!quiet.isOn) return 'Reminders can come at any hour you set.';
  return `From ${wallTimeWords(quiet.start, locale)} to ${wallTimeWords(quiet.end, locale)} nothing sounds. A reminder that falls in these hours is skipped that day, not saved for later; one you snooze into them comes when they end.`;
}

export const WEEKDAY_OPTIONS: readonly { value: `${Weekday}`; label: string }[] = [
  { value: '1', label: 'Mon' },
  { value: '2', label: 'Tue' },
  { value: '3', label: 'Wed' },
  { value: '4', label: 'Thu' },
  { value: '5', label: 'Fri' },
  { value: '6', label: 'Sat' },
  { value: '7', label: 'Sun' },
];
