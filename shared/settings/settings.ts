/**
 * App settings kept by main in its data folder. They describe the app, never the couple: no names, no text
 * anyone wrote, nothing that would say who uses this computer's copy of Hearth.
 */
import { z } from 'zod';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;

export const settingsSchema = z
  .object({
    theme: z.enum(THEME_CHOICES),
    textSize: z.enum(TEXT_SIZES),
    reduceMotion: z.boolean(),
    /** Minutes without input before Hearth locks itself. */
    autoLockMinutes: z.number().int().min(1).max(120),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type ThemeChoice = Settings['theme'];
export type TextSize = Settings['textSize'];

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  textSize: 'medium',
  reduceMotion: false,
  autoLockMinutes: 5,
};

/** The idle times offered in Settings. */
export const AUTO_LOCK_CHOICES = [1, 5, 10, 15, 30, 60] as const;

/** A partial update; unknown keys are refused rather than silently kept. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
