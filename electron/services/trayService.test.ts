import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/settings/reminderSettings';
import { ManualClock } from '../platform/manualClock';
import type { TrayMenuItem } from '../platform/Platform';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { ReminderScheduler } from './reminderScheduler';
import { SettingsStore } from './settingsStore';
import { TrayService } from './trayService';
import { TRAY_MENU_LABELS, trayMenuLabels } from '../testing/trayMenuLabels';

const TRAY_MENU = TRAY_MENU_LABELS;
const labels = trayMenuLabels;
const enabledOf = (items: TrayMenuItem[], label: string) => items.find((item) => item.kind === 'action' && item.label === label && (item.enabled ?? true)) !== undefined;

async function startTray(startAt = '2026-06-01T15:00:00+01:00') {
  const clock = new ManualClock({ startAt: Date.parse(startAt), timeZone: 'Europe/London' });
  const platform = new RecordingPlatform({ clock });
  const settings = new SettingsStore(await mkdtemp(join(tmpdir(), 'hearth-tray-')));
  const reminders = new ReminderScheduler({ platform, settings });
  const quit = vi.fn();
  new TrayService({ platform, reminders, quit }).start();
  await reminders.start();
  return { platform, quit, reminders, settings, clock };
}

describe('the tray', () => {
  it('offers the items the issue lists, in order, with a fixed tooltip', async () => {
    const { platform } = await startTray();
    expect(labels(platform.trayMenu)).toEqual(TRAY_MENU);
    expect(platform.trayTooltip).toBe('Hearth');
    expect(enabledOf(platform.trayMenu, 'Resume reminders')).toBe(false);
  });

  it('opens the window from "Open Hearth"', async () => {
    const { platform } = await startTray();
    platform.simulate.clickTrayItem('open');
    expect(platform.windowShownCount).toBe(1);
    expect(platform.sentEvents).toEqual([]);
  });

  it.each([
    ['appreciation', '/journal'],
    ['checkin', '/checkins'],
    ['talk', '/exercises/talk'],
  ])('"%s" opens the window on %s', async (id, path) => {
    const { platform } = await startTray();
    platform.simulate.clickTrayItem(id);
    expect(platform.windowShownCount).toBe(1);
    expect(platform.sentEvents).toEqual([{ event: 'navigation:didRequestRoute', payload: { path } }]);
  });

  it('pauses for an hour, then offers Resume, and resumes', async () => {
    const { platform, settings, clock } = await startTray();
    platform.simulate.clickTrayItem('pause:an-hour');
    await vi.waitFor(async () => expect((await settings.get()).remindersPause).toBe(clock.now() + 3_600_000));
    expect(enabledOf(platform.trayMenu, 'Resume reminders')).toBe(true);
    expect(enabledOf(platform.trayMenu, 'Pause reminders for an hour')).toBe(false);
    expect(platform.trayTooltip).toBe('Hearth: reminders paused');
    platform.simulate.clickTrayItem('resume');
    await vi.waitFor(async () => expect((await settings.get()).remindersPause).toBeNull());
    expect(enabledOf(platform.trayMenu, 'Resume reminders')).toBe(false);
  });

  it('pauses until local midnight from "until tomorrow"', async () => {
    const { platform, settings } = await startTray();
    platform.simulate.clickTrayItem('pause:until-tomorrow');
    await vi.waitFor(async () => expect((await settings.get()).remindersPause).toBe(Date.parse('2026-06-02T00:00:00+01:00')));
  });

  it('while a reminder waits, shows the waiting icon and offers snoozes; a snooze clears it', async () => {
    const { platform, settings, clock } = await startTray('2026-06-01T15:59:00+01:00');
    await settings.update({
      reminders: { ...DEFAULT_REMINDER_SETTINGS, rules: { ...DEFAULT_REMINDER_SETTINGS.rules, checkin: { isOn: true, days: [1], time: '16:00' } } },
    });
    clock.advance(60_000);
    expect(platform.trayIcon).toBe('waiting');
    expect(platform.trayTooltip).toBe('Hearth: a reminder is waiting');
    expect(labels(platform.trayMenu).slice(5, 10)).toEqual([
      'Remind me in 10 minutes',
      'Remind me in an hour',
      'Remind me tonight at 9',
      'Remind me tomorrow',
      '---',
    ]);
    platform.simulate.clickTrayItem('snooze:tonight');
    expect(platform.trayIcon).toBe('idle');
    expect(labels(platform.trayMenu)).toEqual(TRAY_MENU);
    clock.advance(5 * 3_600_000);
    expect(platform.shownNotifications.map((n) => n.title)).toEqual(['Time for your check-in', 'Time for your check-in']);
  });

  it('asks the page to lock from "Lock now"', async () => {
    const { platform } = await startTray();
    platform.simulate.clickTrayItem('lock');
    expect(platform.sentEvents).toEqual([{ event: 'session:didRequestLock', payload: { reason: 'tray' } }]);
  });

  it('really quits from "Quit Hearth"', async () => {
    const { platform, quit } = await startTray();
    platform.simulate.clickTrayItem('quit');
    expect(quit).toHaveBeenCalledOnce();
  });

  it('ignores a click on anything else', async () => {
    const { platform, quit } = await startTray();
    for (const id of ['separator', 'unknown', '', 'snooze:forever', 'pause:']) platform.simulate.clickTrayItem(id);
    expect({ shown: platform.windowShownCount, sent: platform.sentEvents, quit: quit.mock.calls.length }).toEqual({
      shown: 0,
      sent: [],
      quit: 0,
    });
  });
});
