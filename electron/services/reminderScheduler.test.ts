import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMINDER_TEXTS, CATCH_UP_BODY } from '@shared/reminders';
import type { ReminderSettings } from '@shared/settings/reminderSettings';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/settings/reminderSettings';
import { ManualClock } from '../platform/manualClock';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { ReminderScheduler } from './reminderScheduler';
import { SettingsStore } from './settingsStore';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const everyDay = [1, 2, 3, 4, 5, 6, 7] as const;

const appreciationAt = (time: string, quietHours = { isOn: false, start: '23:00', end: '07:00' }): ReminderSettings => ({
  ...DEFAULT_REMINDER_SETTINGS,
  rules: { ...DEFAULT_REMINDER_SETTINGS.rules, appreciation: { isOn: true, days: [...everyDay], time } },
  quietHours,
});

async function startScheduler(options: { startAt: string; zone?: string; reminders?: ReminderSettings; notificationsSupported?: boolean }) {
  const clock = new ManualClock({ startAt: Date.parse(options.startAt), timeZone: options.zone ?? 'Europe/London' });
  const platform = new RecordingPlatform({ clock, notificationsSupported: options.notificationsSupported });
  const settings = new SettingsStore(await mkdtemp(join(tmpdir(), 'hearth-reminders-')));
  if (options.reminders) await settings.update({ reminders: options.reminders });
  const scheduler = new ReminderScheduler({ platform, settings });
  await scheduler.start();
  return { clock, platform, settings, scheduler };
}

const titles = (platform: RecordingPlatform) => platform.shownNotifications.map((n) => n.title);

describe('the reminder scheduler', () => {
  it('shows the appreciation reminder at 21:30, once, with fixed words, and opens the journal when clicked', async () => {
    const { clock, platform } = await startScheduler({ startAt: '2026-06-01T20:00:00+01:00', reminders: appreciationAt('21:30') });
    clock.advance(89 * MINUTE);
    expect(platform.shownNotifications).toEqual([]);
    clock.advance(2 * MINUTE);
    expect(platform.shownNotifications).toEqual([
      expect.objectContaining({ title: REMINDER_TEXTS.appreciation.title, body: REMINDER_TEXTS.appreciation.body }),
    ]);
    expect(platform.trayIcon).toBe('waiting');
    clock.advance(3 * HOUR);
    expect(platform.shownNotifications).toHaveLength(1);
    platform.simulate.clickNotification(0);
    expect(platform.windowShownCount).toBe(1);
    expect(platform.sentEvents).toEqual([{ event: 'navigation:didRequestRoute', payload: { path: '/journal' } }]);
    expect(platform.trayIcon).toBe('idle');
  });

  it('arms nothing while every reminder is off, and starts when one is turned on', async () => {
    const { clock, platform, settings } = await startScheduler({ startAt: '2026-06-01T20:00:00+01:00' });
    clock.advance(2 * 24 * HOUR);
    expect(platform.shownNotifications).toEqual([]);
    await settings.update({ reminders: appreciationAt('21:30') });
    clock.advance(24 * HOUR);
    expect(titles(platform)).toEqual([REMINDER_TEXTS.appreciation.title]);
  });

  it('after three days asleep, shows one catch-up for the evening just missed, on waking', async () => {
    const { clock, platform } = await startScheduler({ startAt: '2026-06-01T12:00:00+01:00', reminders: appreciationAt('21:30') });
    clock.advance(HOUR);
    platform.simulate.sleep(3 * 24 * HOUR + 9 * HOUR); // wakes at 22:00, half an hour after that day's 21:30
    expect(platform.shownNotifications).toEqual([expect.objectContaining({ title: REMINDER_TEXTS.appreciation.title, body: CATCH_UP_BODY })]);
    clock.advance(HOUR);
    expect(platform.shownNotifications).toHaveLength(1);
  });

  it('re-arms when the wall clock is set forward by hand (no sleep, no resume event)', async () => {
    const { clock, platform } = await startScheduler({ startAt: '2026-06-01T12:00:00+01:00', reminders: appreciationAt('21:30') });
    // The clock is set to 21:29:30: the timer armed for 9.5 hours of monotonic time would be far too late.
    clock.jumpWall(9 * HOUR + 29 * MINUTE + 30_000);
    clock.advance(MINUTE);
    expect(titles(platform)).toEqual([REMINDER_TEXTS.appreciation.title]);
  });

  it('follows a change of time zone within a minute: 21:30 where the computer is now', async () => {
    const { clock, platform } = await startScheduler({ startAt: '2026-06-01T20:00:00+01:00', reminders: appreciationAt('21:30') });
    clock.setTimeZone('America/New_York'); // now 15:00 there; London's 21:30 must not fire
    clock.advance(2 * HOUR);
    expect(platform.shownNotifications).toEqual([]);
    clock.advance(5 * HOUR);
    expect(platform.shownNotifications).toHaveLength(1);
    expect(clock.now()).toBeGreaterThanOrEqual(Date.parse('2026-06-01T21:30:00-04:00'));
  });

  it('snoozes from the notification button or the tray, and brings it back once, later', async () => {
    const { clock, platform, scheduler } = await startScheduler({ startAt: '2026-06-01T21:29:00+01:00', reminders: appreciationAt('21:30') });
    clock.advance(MINUTE);
    platform.simulate.pickNotificationAction(0, '10-minutes');
    expect(scheduler.status().waiting).toBeNull();
    clock.advance(9 * MINUTE);
    expect(platform.shownNotifications).toHaveLength(1);
    clock.advance(MINUTE);
    expect(platform.shownNotifications).toHaveLength(2);
    expect(scheduler.snooze('an-hour')).toBe(true);
    clock.advance(HOUR + MINUTE);
    expect(platform.shownNotifications).toHaveLength(3);
  });

  it('pausing stops reminders until the pause ends; resuming brings them back', async () => {
    const { clock, platform, scheduler } = await startScheduler({ startAt: '2026-06-01T21:00:00+01:00', reminders: appreciationAt('21:30') });
    await scheduler.pause('an-hour');
    clock.advance(2 * HOUR);
    expect(platform.shownNotifications).toEqual([]);
    await scheduler.pause('until-resumed');
    clock.advance(24 * HOUR);
    expect(platform.shownNotifications).toEqual([]);
    await scheduler.resume();
    clock.advance(24 * HOUR);
    expect(platform.shownNotifications).toHaveLength(1);
  });

  it('where the system shows no notifications, tells the page and lights the tray instead', async () => {
    const { clock, platform } = await startScheduler({ startAt: '2026-06-01T21:29:00+01:00', reminders: appreciationAt('21:30'), notificationsSupported: false });
    clock.advance(2 * MINUTE);
    expect(platform.shownNotifications).toEqual([]);
    expect(platform.sentEvents).toEqual([{ event: 'reminders:didFire', payload: { kind: 'appreciation' } }]);
    expect(platform.trayIcon).toBe('waiting');
  });

  it('keeps only a moment for planned practices, and fires them only until then', async () => {
    const { clock, platform, scheduler, settings } = await startScheduler({
      startAt: '2026-06-01T12:00:00+01:00',
      reminders: { ...DEFAULT_REMINDER_SETTINGS, rules: { ...DEFAULT_REMINDER_SETTINGS.rules, practice: { isOn: true, days: [...everyDay], time: '20:00' } } },
    });
    clock.advance(24 * HOUR);
    expect(platform.shownNotifications).toEqual([]);
    await scheduler.setPlannedPracticeUntil(Date.parse('2026-06-04T00:00:00+01:00'));
    expect((await settings.get()).plannedPracticeUntil).toBe(Date.parse('2026-06-04T00:00:00+01:00'));
    clock.advance(4 * 24 * HOUR);
    expect(titles(platform)).toEqual([REMINDER_TEXTS.practice.title, REMINDER_TEXTS.practice.title]);
    platform.simulate.clickNotification(1);
    expect(platform.sentEvents.at(-1)).toEqual({ event: 'navigation:didRequestRoute', payload: { path: '/exercises/week' } });
  });

  it('says what comes next, for Today', async () => {
    const { scheduler } = await startScheduler({ startAt: '2026-06-01T20:00:00+01:00', reminders: appreciationAt('21:30') });
    expect(scheduler.status()).toEqual({
      next: { kind: 'appreciation', at: Date.parse('2026-06-01T21:30:00+01:00'), reason: 'on-time' },
      pause: null,
      waiting: null,
      timeZone: 'Europe/London',
      now: Date.parse('2026-06-01T20:00:00+01:00'),
    });
  });
});
