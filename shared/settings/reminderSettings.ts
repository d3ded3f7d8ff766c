/**
 * The reminder settings main keeps in settings.json: when each ritual's reminder comes, quiet hours, a
 * pause, and whether Hearth starts at login. Times and weekdays only: never what a reminder is about beyond
 * its generic kind, never an exercise's name, never anything a person wrote. Zod only (no date library), so
 * the page can use it too.
 */
import { z } from 'zod';

/** The rituals a reminder can be for. `practice` is any exercise the couple planned, never which one. */
export const REMINDER_KINDS = ['appreciation', 'checkin', 'practice'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A local wall-clock time, `HH:MM` on a 24-hour clock. */
export const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
export type WallTime = z.infer<typeof wallTimeSchema>;

const weekdaySchema = z.union(WEEKDAYS.map((day) => z.literal(day)) as [z.ZodLiteral<Weekday>, ...z.ZodLiteral<Weekday>[]]);

export const ritualRuleSchema = z
  .object({
    isOn: z.boolean(),
    days: z.array(weekdaySchema).max(7).refine((days) => new Set(days).size === days.length, 'each day once'),
    time: wallTimeSchema,
  })
  .strict();
export type RitualRule = z.infer<typeof ritualRuleSchema>;

/** Nothing fires from `start` up to `end`, local time; `end` before `start` runs past midnight. */
export const quietHoursSchema = z
  .object({ isOn: z.boolean(), start: wallTimeSchema, end: wallTimeSchema })
  .strict()
  .refine((quiet) => quiet.start !== quiet.end, 'quiet hours need a start and an end that differ');
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const reminderSettingsSchema = z
  .object({
    rules: z.object({ appreciation: ritualRuleSchema, checkin: ritualRuleSchema, practice: ritualRuleSchema }).strict(),
    quietHours: quietHoursSchema,
  })
  .strict();
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/**
 * Reminders paused: until a moment (ms since the epoch), or until the person resumes them. Null: not paused.
 */
export const reminderPauseSchema = z.union([z.number().int().nonnegative(), z.literal('until-resumed'), z.null()]);
export type ReminderPause = z.infer<typeof reminderPauseSchema>;

/** Off until the person turns them on: Hearth does not start interrupting anyone on its own. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  rules: {
    appreciation: { isOn: false, days: [1, 2, 3, 4, 5, 6, 7], time: '21:30' },
    checkin: { isOn: false, days: [7], time: '19:00' },
    practice: { isOn: false, days: [2, 4, 6], time: '20:00' },
  },
  quietHours: { isOn: true, start: '22:30', end: '07:30' },
};
