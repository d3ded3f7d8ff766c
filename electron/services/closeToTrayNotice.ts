/**
 * The first time the person closes the window, Hearth says once that it is still running in the tray (so
 * reminders can come) and how to quit. Remembered in settings.json as a yes/no; fixed words only.
 */
import type { Platform } from '../platform/Platform';
import type { SettingsStore } from './settingsStore';

export const CLOSE_TO_TRAY_NOTICE = {
  title: 'Hearth is still running',
  body: 'It stays in the tray so your reminders can come. To close it completely, choose Quit Hearth from the tray.',
} as const;

export function startCloseToTrayNotice(platform: Platform, settings: SettingsStore): void {
  let isTelling = false;
  platform.window.onHiddenToTray(() => {
    if (isTelling) return;
    isTelling = true;
    void settings
      .get()
      .then(async (current) => {
        if (current.hasExplainedTray) return;
        // Remembered first: if saving fails, saying it again next time is better than saying it every time.
        await settings.update({ hasExplainedTray: true });
        if (platform.notifications.isSupported()) platform.notifications.show({ ...CLOSE_TO_TRAY_NOTICE }, () => platform.window.show());
      })
      .catch(() => undefined)
      .finally(() => (isTelling = false));
  });
}

/** Keeps the system's login item in step with the "Start Hearth at login" setting. */
export function startLoginItemSync(platform: Platform, settings: SettingsStore, onError: (error: unknown) => void): void {
  let applied: boolean | undefined;
  const apply = (isOn: boolean) => {
    if (applied === isOn) return;
    try {
      platform.app.setOpenAtLogin(isOn);
      applied = isOn;
    } catch (error) {
      onError(error);
    }
  };
  // At start only an "on" is applied (an entry moved with the app is rewritten); "off" was applied when it
  // was turned off, and removing at every start could remove the entry of another copy of Hearth.
  void settings.get().then((current) => current.startAtLogin && apply(true), onError);
  settings.onChange((current) => apply(current.startAtLogin));
}
