import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { CLOSE_TO_TRAY_NOTICE, startCloseToTrayNotice, startLoginItemSync } from './closeToTrayNotice';
import { SettingsStore } from './settingsStore';

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-close-'));
  return { dir, platform: new RecordingPlatform(), settings: new SettingsStore(dir) };
}

describe('closing the window to the tray', () => {
  it('says once, ever, that Hearth is still running in the tray', async () => {
    const { dir, platform, settings } = await setUp();
    startCloseToTrayNotice(platform, settings);
    platform.simulate.closeWindowToTray();
    await vi.waitFor(() => expect(platform.shownNotifications).toEqual([CLOSE_TO_TRAY_NOTICE]));
    platform.simulate.closeWindowToTray();
    // After a restart too: remembered in settings.json.
    const again = new RecordingPlatform();
    startCloseToTrayNotice(again, new SettingsStore(dir));
    again.simulate.closeWindowToTray();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(platform.shownNotifications).toHaveLength(1);
    expect(again.shownNotifications).toEqual([]);
  });
});

describe('start at login', () => {
  it('follows the setting, asking the system only when it changes', async () => {
    const { platform, settings } = await setUp();
    startLoginItemSync(platform, settings, () => {});
    await settings.get();
    expect(platform.openAtLogin).toBeUndefined();
    await settings.update({ startAtLogin: true });
    expect(platform.openAtLogin).toBe(true);
    await settings.update({ startAtLogin: false });
    expect(platform.openAtLogin).toBe(false);
  });
});
