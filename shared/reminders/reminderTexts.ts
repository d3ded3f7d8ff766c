/**
 * Every word a reminder shows outside the page: notification titles and bodies, fixed per kind. They name
 * the ritual and nothing else: no names, no exercise, nothing anyone wrote, because notifications show on
 * lock screens and stay in the system's history. No date library here, so the page can import it.
 */
import type { AppPath } from '../routes';
import { exercisePaths } from '../routes';
import type { ReminderKind } from '../settings/reminderSettings';

export interface ReminderText {
  title: string;
  body: string;
}

export const REMINDER_TEXTS: Readonly<Record<ReminderKind, ReminderText>> = {
  appreciation: { title: "Time for tonight's appreciation", body: 'A few words for each other before bed.' },
  checkin: { title: 'Time for your check-in', body: 'A few minutes to see how you are both doing.' },
  practice: { title: 'A planned practice is waiting', body: 'You set time aside this week for something together.' },
};

/** The body of a catch-up: the same ritual, said to have come while the computer could not show it. */
export const CATCH_UP_BODY = 'This reminder came due while your computer was asleep.';

/** Where a click on each kind of reminder takes the person. */
export const REMINDER_PATHS: Readonly<Record<ReminderKind, AppPath>> = {
  appreciation: '/journal',
  checkin: '/checkins',
  practice: exercisePaths.week,
};

/** How Settings and Today name each ritual. */
export const REMINDER_NAMES: Readonly<Record<ReminderKind, string>> = {
  appreciation: "Tonight's appreciation",
  checkin: 'Weekly check-in',
  practice: 'Planned practices',
};
