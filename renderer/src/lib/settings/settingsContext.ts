/** The settings context's shape and the hook that reads it; the provider lives in SettingsProvider.tsx. */
import { createContext, useContext } from 'react';
import type { Settings, SettingsPatch } from '@shared/settings/settings';

/** What went wrong last, if anything: reading the stored settings, or saving a change. */
export type SettingsProblem = 'load' | 'save' | null;

export interface SettingsContextValue {
  /** The settings in force (the defaults until main answers). */
  settings: Settings;
  isLoaded: boolean;
  problem: SettingsProblem;
  /** Applies a change at once and asks main to keep it; puts the last stored value back if that fails. */
  updateSettings: (patch: SettingsPatch) => void;
  /** Asks main for the stored settings again (after a failed load). */
  reloadSettings: () => void;
}

export const SettingsContext = createContext<SettingsContextValue | null>(null);

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings must be used inside <SettingsProvider>.');
  return value;
}
