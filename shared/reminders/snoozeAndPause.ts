/**
 * What "snooze" and "pause" mean, in time. The tray, the notification's buttons and Settings all offer these
 * choices and describe them with SNOOZE_LABELS / PAUSE_LABELS, so what they say and what happens cannot
 * drift apart.
 */
import type { QuietHours, ReminderKind } from '../settings/reminderSettings';
import { afterQuietHours } from './quietHours';
import type { Snooze } from './schedule';
import { addLocalDays, instantOf, localDateOf, minuteOfDay, wallTimeMinutes } from './wallClock';

export const SNOOZE_CHOICES = ['10-minutes', 'an-hour', 'tonight', 'tomorrow'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

export const SNOOZE_LABELS: Readonly<Record<SnoozeChoice, string>> = {
  '10-minutes': 'Remind me in 10 minutes',
  'an-hour': 'Remind me in an hour',
  tonight: 'Remind me tonight at 9',
  tomorrow: 'Remind me tomorrow',
};

/** "Tonight" is this evening at 21:00, offered only while that is still at least half an hour away. */
export const TONIGHT = '21:00';
const TONIGHT_NOTICE_MINUTES = 30;

/**
 * When a snoozed reminder comes back, or null when the choice makes no sense now ("tonight" late in the
 * evening). A time inside quiet hours moves to their end: the person asked for this one.
 */
export function snoozeUntil(choice: SnoozeChoice, now: number, zone: string, quiet: QuietHours): number | null {
  const target = rawSnoozeTarget(choice, now, zone);
  return target === null ? null : afterQuietHours(target, quiet, zone);
}

function rawSnoozeTarget(choice: SnoozeChoice, now: number, zone: string): number | null {
  switch (choice) {
    case '10-minutes':
      return now + 10 * 60_000;
    case 'an-hour':
      return now + 60 * 60_000;
    case 'tonight':
      return minuteOfDay(now, zone) + TONIGHT_NOTICE_MINUTES <= wallTimeMinutes(TONIGHT) ? instantOf(localDateOf(now, zone), TONIGHT, zone) : null;
    case 'tomorrow': {
      // The same time on the wall tomorrow, whatever daylight saving does overnight.
      const minutes = minuteOfDay(now, zone);
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return instantOf(addLocalDays(localDateOf(now, zone), 1), time, zone);
    }
    default: {
      const unknown: never = choice;
      throw new Error(`Unknown snooze: ${String(unknown)}`);
    }
  }
}

/** Adds a snooze for `kind`, replacing any earlier snooze of the same ritual. */
export function withSnooze(snoozes: readonly Snooze[], kind: ReminderKind, at: number): Snooze[] {
  return [...snoozes.filter((snooze) => snooze.kind !== kind), { kind, at }];
}

export const PAUSE_CHOICES = ['an-hour', 'until-tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

export const PAUSE_LABELS: Readonly<Record<PauseChoice, string>> = {
  'an-hour': 'Pause reminders for an hour',
  'until-tomorrow': 'Pause reminders until tomorrow',
};

/** Until when a pause lasts: an hour from now, or until local midnight. */
export function pauseUntil(choice: PauseChoice, now: number, zone: string): number {
  switch (choice) {
    case 'an-hour':
      return now + 60 * 60_000;
    case 'until-tomorrow':
      return instantOf(addLocalDays(localDateOf(now, zone), 1), '00:00', zone);
    default: {
      const unknown: never = choice;
      throw new Error(`Unknown pause: ${String(unknown)}`);
    }
  }
}
