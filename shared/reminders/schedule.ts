/**
 * The reminder schedule as a pure step: given where the last check got to and the time now, which
 * reminders fire, and what the next one is. Main's scheduler (electron/services/reminderScheduler.ts)
 * calls it whenever a timer fires, the computer wakes, the wall clock jumps or the zone changes; every
 * decision lives here, so the property tests can drive it with a fake clock.
 *
 * The rules, as Settings and docs/reminders.md state them:
 * - each ritual's reminder fires once per local day at most, on time (within GRACE_MS);
 * - reminders missed while the computer slept (or the clock jumped) give one catch-up on waking, only for
 *   what fell in the last CATCH_UP_LOOKBACK_MS, and none when something is on time anyway (never a burst);
 * - nothing fires while paused, and what fell in a pause is not saved up;
 * - a planned practice's reminder fires only while the page last said a practice was still to do.
 */
import type { ReminderKind, ReminderPause, ReminderSettings } from '../settings/reminderSettings';
import { REMINDER_KINDS } from '../settings/reminderSettings';
import { nextOccurrence, occurrencesBetween, type Occurrence } from './occurrences';
import { isInQuietHours } from './quietHours';
import type { LocalDate } from './wallClock';

/** How late a reminder may be and still count as on time (a busy event loop, a slow wake-up). */
export const GRACE_MS = 2 * 60_000;
/** How far back a catch-up looks: a reminder missed longer ago than this is simply let go. */
export const CATCH_UP_LOOKBACK_MS = 3 * 60 * 60_000;

export interface Snooze {
  kind: ReminderKind;
  at: number;
}

/** What main remembers between checks (in memory; it holds times and kinds only). */
export interface ScheduleState {
  /** Occurrences up to this moment have been dealt with. */
  checkedUpTo: number;
  /** Per ritual, the local day of the last occurrence dealt with: none fires twice for one day. */
  lastDealtDate: Partial<Record<ReminderKind, LocalDate>>;
  snoozes: Snooze[];
}

export interface ScheduleInput {
  settings: ReminderSettings;
  pause: ReminderPause;
  plannedPracticeUntil: number | null;
  zone: string;
}

export type FiringReason = 'on-time' | 'snoozed' | 'catch-up';

export interface Firing {
  kind: ReminderKind;
  reason: FiringReason;
  /** When it was due. */
  dueAt: number;
}

export function initialScheduleState(now: number): ScheduleState {
  return { checkedUpTo: now, lastDealtDate: {}, snoozes: [] };
}

/** When a pause ends: null when not paused at `now`, Infinity when it lasts until resumed. */
export function pauseEnd(pause: ReminderPause, now: number): number | null {
  if (pause === null) return null;
  if (pause === 'until-resumed') return Number.POSITIVE_INFINITY;
  return pause > now ? pause : null;
}

interface Due {
  kind: ReminderKind;
  at: number;
  reason: 'on-time' | 'snoozed';
}

/** The reminders to show now, and the state to keep. */
export function dueReminders(state: ScheduleState, input: ScheduleInput, now: number): { firings: Firing[]; state: ScheduleState } {
  // The clock went back: nothing new can be due, and lastDealtDate keeps what already fired from repeating.
  if (now <= state.checkedUpTo) return { firings: [], state: { ...state, checkedUpTo: now } };
  const pausedUntil = pauseEnd(input.pause, now);
  const windowStart = Math.max(state.checkedUpTo, now - CATCH_UP_LOOKBACK_MS, pausedAt(input.pause, state.checkedUpTo, now));
  const lastDealtDate = { ...state.lastDealtDate };
  const due: Due[] = [];
  for (const kind of REMINDER_KINDS) {
    const fresh = ritualOccurrences(kind, input, windowStart, now).filter((o) => isAfterDate(o.date, lastDealtDate[kind]));
    const newest = fresh.at(-1);
    if (newest) lastDealtDate[kind] = newest.date;
    if (newest && pausedUntil === null) due.push({ kind, at: newest.at, reason: 'on-time' });
  }
  const snoozesDue = state.snoozes.filter((snooze) => snooze.at <= now);
  const snoozes = state.snoozes.filter((snooze) => snooze.at > now);
  if (pausedUntil === null) {
    for (const snooze of snoozesDue) if (snooze.at > windowStart - GRACE_MS) due.push({ ...snooze, reason: 'snoozed' });
  }
  // Whatever was due, nothing sounds inside quiet hours (a catch-up on waking at night, a late timer).
  const isQuietNow = isInQuietHours(now, input.settings.quietHours, input.zone);
  return { firings: isQuietNow ? [] : toFirings(due, now), state: { checkedUpTo: now, lastDealtDate, snoozes } };
}

/** Those on time each fire; otherwise the newest late one fires once, as a catch-up. */
function toFirings(due: readonly Due[], now: number): Firing[] {
  const onTime = due.filter((d) => d.at >= now - GRACE_MS).sort((a, b) => a.at - b.at);
  if (onTime.length > 0) return onTime.map((d) => ({ kind: d.kind, reason: d.reason, dueAt: d.at }));
  const newestLate = due.reduce<Due | undefined>((newest, d) => (!newest || d.at > newest.at ? d : newest), undefined);
  return newestLate ? [{ kind: newestLate.kind, reason: 'catch-up', dueAt: newestLate.at }] : [];
}

/**
 * When a pause that has ended by `now` ran until: occurrences before then were paused and are let go. A
 * pause set before the window and still running is handled by the caller (nothing fires).
 */
function pausedAt(pause: ReminderPause, from: number, now: number): number {
  return typeof pause === 'number' && pause > from && pause <= now ? pause : from;
}

function ritualOccurrences(kind: ReminderKind, input: ScheduleInput, from: number, to: number): Occurrence[] {
  const all = occurrencesBetween(input.settings.rules[kind], input.settings.quietHours, input.zone, from, to);
  return kind === 'practice' ? all.filter((o) => isPracticeStillPlanned(input, o.at)) : all;
}

function isPracticeStillPlanned(input: ScheduleInput, at: number): boolean {
  return input.plannedPracticeUntil !== null && at < input.plannedPracticeUntil;
}

function isAfterDate(date: LocalDate, last: LocalDate | undefined): boolean {
  return last === undefined || date > last;
}

export interface UpcomingReminder {
  kind: ReminderKind;
  at: number;
  reason: 'on-time' | 'snoozed';
}

/** The next reminder that will fire after `now`, or null (all off, paused until resumed, or none ahead). */
export function nextReminder(state: ScheduleState, input: ScheduleInput, now: number): UpcomingReminder | null {
  const pausedUntil = pauseEnd(input.pause, now);
  if (pausedUntil === Number.POSITIVE_INFINITY) return null;
  const after = Math.max(now, pausedUntil ?? now);
  const candidates: UpcomingReminder[] = state.snoozes
    .filter((snooze) => snooze.at > after)
    .map((snooze) => ({ ...snooze, reason: 'snoozed' as const }));
  for (const kind of REMINDER_KINDS) {
    const next = nextRitualOccurrence(kind, state, input, after);
    if (next) candidates.push({ kind, at: next.at, reason: 'on-time' });
  }
  return candidates.reduce<UpcomingReminder | null>((soonest, c) => (!soonest || c.at < soonest.at ? c : soonest), null);
}

function nextRitualOccurrence(kind: ReminderKind, state: ScheduleState, input: ScheduleInput, after: number): Occurrence | null {
  const rule = input.settings.rules[kind];
  let cursor = after;
  // A few steps at most: a day already dealt with (after a zone change west) moves on to the next.
  for (let step = 0; step < 3; step += 1) {
    const next = nextOccurrence(rule, input.settings.quietHours, input.zone, cursor);
    if (!next) return null;
    if (kind === 'practice' && !isPracticeStillPlanned(input, next.at)) return null;
    if (isAfterDate(next.date, state.lastDealtDate[kind])) return next;
    cursor = next.at;
  }
  return null;
}
