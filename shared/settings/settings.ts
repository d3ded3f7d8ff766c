/**
 * App settings kept by main in its data folder. They describe the app, never the couple: no names, no text
 * anyone wrote, nothing that would say who uses this computer's copy of Hearth.
 */
import { z } from 'zod';
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderPauseSchema,
  reminderSettingsSchema,
} from './reminderSettings';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;

export const settingsSchema = z
  .object({
    theme: z.enum(THEME_CHOICES),
    textSize: z.enum(TEXT_SIZES),
    reduceMotion: z.boolean(),
    /** Minutes without input before Hearth locks itself. */
    autoLockMinutes: z.number().int().min(1).max(120),
    // Reminders (shared/settings/reminderSettings.ts). Defaults fill them in, so files from before they
    // existed still read.
    ...pageSetReminderFields(true),
    /** Reminders paused by hand, from the tray or Settings; set through the reminders channels only. */
    remindersPause: reminderPauseSchema.default(null),
    /**
     * Until when (ms since the epoch) a planned practice is still to do, as the page last said while
     * unlocked: a moment, never which exercise. Null: none planned, or all done.
     */
    plannedPracticeUntil: z.number().int().nonnegative().nullable().default(null),
    /** Whether Hearth has said, once, that closing its window keeps it running in the tray. */
    hasExplainedTray: z.boolean().default(false),
  })
  .strict();

/** The reminder settings the page changes through settings:update. */
function pageSetReminderFields<WithDefaults extends boolean>(withDefaults: WithDefaults) {
  return withDefaults
    ? { reminders: reminderSettingsSchema.default(DEFAULT_REMINDER_SETTINGS), startAtLogin: z.boolean().default(false) }
    : { reminders: reminderSettingsSchema, startAtLogin: z.boolean() };
}

export type Settings = z.infer<typeof settingsSchema>;
export type ThemeChoice = Settings['theme'];
export type TextSize = Settings['textSize'];

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: 'medium',
  reduceMotion: false,
  autoLockMinutes: 5,
  reminders: DEFAULT_REMINDER_SETTINGS,
  startAtLogin: false,
  remindersPause: null,
  plannedPracticeUntil: null,
  hasExplainedTray: false,
};

/** The idle times offered in Settings. */
export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;

/**
 * A partial update from the page; unknown keys are refused rather than silently kept. Main's own reminder
 * state (pause, planned practice, the tray notice) has its own channels, so the page cannot set it here.
 */
export const settingsPatchSchema = settingsSchema
  .omit({ remindersPause: true, plannedPracticeUntil: true, hasExplainedTray: true })
  .extend(pageSetReminderFields(false))
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
