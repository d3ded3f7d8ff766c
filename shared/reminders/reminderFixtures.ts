/**
 * Test helpers for the reminder rules: a settings builder, an independent reading of local time (Intl,
 * not the date library under test) and a loop that runs the schedule the way main's scheduler does.
 */
import type { QuietHours, ReminderKind, ReminderSettings, RitualRule } from '../settings/reminderSettings';
import { DEFAULT_REMINDER_SETTINGS } from '../settings/reminderSettings';
import { dueReminders, initialScheduleState, nextReminder, type Firing, type ScheduleInput, type ScheduleState } from './schedule';

export const OFF: RitualRule = { isOn: false, days: [], time: '00:00' };
export const NO_QUIET: QuietHours = { isOn: false, start: '22:00', end: '07:00' };

export function settingsWith(rules: Partial<Record<ReminderKind, RitualRule>>, quietHours: QuietHours = NO_QUIET): ReminderSettings {
  return {
    rules: { appreciation: OFF, checkin: OFF, practice: OFF, ...rules },
    quietHours: quietHours ?? DEFAULT_REMINDER_SETTINGS.quietHours,
  };
}

export function inputWith(settings: ReminderSettings, zone: string, extra: Partial<ScheduleInput> = {}): ScheduleInput {
  return { settings, zone, pause: null, plannedPracticeUntil: null, ...extra };
}

/** Local wall time at `at` in `zone`, read through Intl: an oracle independent of the code under test. */
export function localParts(at: number, zone: string): { date: string; minute: number; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: weekdays.indexOf(parts.weekday ?? '') + 1,
  };
}

export interface Fired extends Firing {
  firedAt: number;
}

/** Runs the schedule awake from `start` to `end`, waking exactly when the next reminder is due. */
export function runAwake(input: ScheduleInput, start: number, end: number, state: ScheduleState = initialScheduleState(start)): { fired: Fired[]; state: ScheduleState } {
  const fired: Fired[] = [];
  let current = state;
  for (;;) {
    const next = nextReminder(current, input, current.checkedUpTo);
    if (!next || next.at > end) break;
    const step = dueReminders(current, input, next.at);
    fired.push(...step.firings.map((firing) => ({ ...firing, firedAt: next.at })));
    current = step.state;
  }
  return { fired, state: dueReminders(current, input, end).state };
}

export const DAY_MS = 86_400_000;
