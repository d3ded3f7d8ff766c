/**
 * Owns the app settings in the page: loads them from main, applies them to <html> at once, and saves
 * changes through `settings:update`. A change shows immediately; if saving fails, the last stored value
 * comes back and `problem` says so. Only the newest request's answer is applied, so quick changes in a row
 * cannot be undone by a slower, older reply.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { callMain } from '@renderer/platform/bridge';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@shared/settings/settings';
import { applySettings } from './applySettings';
import { SettingsContext, type SettingsContextValue, type SettingsProblem } from './settingsContext';

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [isLoaded, setIsLoaded] = useState(false);
  const [problem, setProblem] = useState<SettingsProblem>(null);
  const stored = useRef<Settings>(DEFAULT_SETTINGS);
  const latestRequest = useRef(0);

  const loadSettings = useCallback(() => {
    const request = ++latestRequest.current;
    callMain('settings:get', {})
      .then(
        (loaded) => {
          if (request !== latestRequest.current) return;
          stored.current = loaded;
          setSettings(loaded);
          setProblem(null);
        },
        (error: unknown) => {
          console.warn('Could not load settings', error);
          if (request === latestRequest.current) setProblem('load');
        },
      )
      .finally(() => setIsLoaded(true));
  }, []);

  useEffect(() => {
    loadSettings();
  }, [loadSettings]);

  useEffect(() => {
    applySettings(document.documentElement, settings);
  }, [settings]);

  const updateSettings = useCallback((patch: SettingsPatch) => {
    const request = ++latestRequest.current;
    setSettings((current) => ({ ...current, ...patch }));
    callMain('settings:update', patch).then(
      (saved) => {
        stored.current = saved;
        if (request !== latestRequest.current) return;
        setSettings(saved);
        setProblem(null);
      },
      (error: unknown) => {
        console.warn('Could not save settings', error);
        if (request !== latestRequest.current) return;
        setSettings(stored.current);
        setProblem('save');
      },
    );
  }, []);

  const value = useMemo<SettingsContextValue>(
    () => ({ settings, isLoaded, problem, updateSettings, reloadSettings: loadSettings }),
    [settings, isLoaded, problem, updateSettings, loadSettings],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
