/**
 * Reminders end to end: Settings in the real page, main's real scheduler on a clock the test moves, and the
 * notifications and tray the operating system would have shown, as RecordingPlatform kept them.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { TRAY_MENU_LABELS, trayMenuLabels } from '../../electron/testing/trayMenuLabels';
import { join } from 'node:path';
import { EXERCISES } from '@shared/content';
import { ADA, BO, expect, test } from './fixtures';
import { RemindersPage } from './pages/RemindersPage';
import { ShellPage } from './pages/ShellPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import type { HearthApp } from './rig/hearthApp';

const MINUTE = 60_000;
/** A Monday evening in London. */
test.use({ mainClock: { startAt: Date.parse('2026-06-01T20:00:00+01:00'), timeZone: 'Europe/London' } });

const notificationTitles = (app: HearthApp) => app.platform.shownNotifications.map((n) => n.title);

async function turnOnAppreciation(app: HearthApp): Promise<RemindersPage> {
  const reminders = new RemindersPage(app.page);
  await reminders.open();
  await reminders.flip(reminders.ritualSwitch("tonight's appreciation"));
  await expect(reminders.time("tonight's appreciation")).toHaveValue('21:30');
  // Saved by main (the page shows a change at once; main has it once the write is done).
  await expect.poll(async () => (await app.runtime.services.settings.get()).reminders.rules.appreciation.isOn).toBe(true);
  return reminders;
}

test('a reminder turned on in Settings comes at its time, and clicking it opens the journal', async ({ app }) => {
  const reminders = await turnOnAppreciation(app);
  await reminders.shell.open('Today');
  await expect(reminders.nextReminderLine()).toHaveText(/Next reminder: tonight's appreciation, today at (21:30|9:30 PM)\./);

  app.mainClock.advance(89 * MINUTE);
  expect(notificationTitles(app)).toEqual([]);
  app.mainClock.advance(2 * MINUTE);
  expect(notificationTitles(app)).toEqual(["Time for tonight's appreciation"]);
  expect(app.platform.trayIcon).toBe('waiting');

  app.platform.simulate.clickNotification(0);
  await expect(new ShellPage(app.page).link('Journal')).toHaveAttribute('aria-current', 'page');
  expect(app.platform.trayIcon).toBe('idle');
});

test('a reminder clicked while Hearth is locked waits behind the lock screen, then opens after unlocking', async ({ app }) => {
  await turnOnAppreciation(app);
  await lockFromSidebar(app.page);
  const lock = new LockScreenPage(app.page);
  await expect(lock.passphrase).toBeVisible();

  // Fires while locked: the schedule needs no key.
  app.mainClock.advance(91 * MINUTE);
  expect(notificationTitles(app)).toEqual(["Time for tonight's appreciation"]);
  app.platform.simulate.clickNotification(0);
  await app.page.waitForFunction(() => location.hash === '#/journal');
  await expect(lock.passphrase).toBeVisible();
  await expect(app.page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await lock.unlock(ADA.passphrase);
  await expect(new ShellPage(app.page).link('Journal')).toHaveAttribute('aria-current', 'page');
});

test('after the computer sleeps through reminders, one catch-up comes on waking', async ({ app }) => {
  await turnOnAppreciation(app);
  // Asleep from 20:00 Monday to 22:00 Thursday: three evenings' reminders missed.
  app.platform.simulate.sleep(3 * 24 * 60 * MINUTE + 2 * 60 * MINUTE);
  expect(app.platform.shownNotifications).toEqual([
    expect.objectContaining({ title: "Time for tonight's appreciation", body: 'This reminder came due while your computer was asleep.' }),
  ]);
});

test('the tray offers the items the issue lists, and each reaches the page', async ({ app }) => {
  const { page } = app;
  const shell = new ShellPage(page);
  expect(trayMenuLabels(app.platform.trayMenu)).toEqual(TRAY_MENU_LABELS);

  for (const [id, place] of [
    ['appreciation', 'Journal'],
    ['checkin', 'Check-ins'],
    ['talk', 'Exercises'],
  ] as const) {
    app.platform.simulate.clickTrayItem(id);
    await expect(shell.link(place)).toHaveAttribute('aria-current', 'page');
  }
  await expect(page.getByRole('button', { name: 'Start the talk', exact: true })).toBeVisible();

  // Pausing from the tray shows in Settings, and Resume there undoes it.
  app.platform.simulate.clickTrayItem('pause:an-hour');
  await expect.poll(async () => (await app.runtime.services.settings.get()).remindersPause).not.toBeNull();
  const reminders = new RemindersPage(page);
  await reminders.open();
  await expect(reminders.section.getByText(/Reminders are paused until today at (21:00|9:00 PM)\./)).toBeVisible();
  await reminders.section.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(reminders.section.getByText('Reminders are on.')).toBeVisible();
  expect(app.platform.trayMenu.find((item) => item.kind === 'action' && item.id === 'resume')).toMatchObject({ enabled: false });

  app.platform.simulate.clickTrayItem('lock');
  await expect(new LockScreenPage(page).passphrase).toBeVisible();
  app.platform.simulate.clickTrayItem('open');
  expect(app.platform.windowShownCount).toBeGreaterThan(0);
});

test("main's settings file holds times and kinds, never a name, a passphrase or which exercise is planned", async ({ app }) => {
  const { page } = app;
  await turnOnAppreciation(app);
  // Plan the 20-minute talk for this week, so the page tells main a planned practice is waiting.
  await new ShellPage(page).open('Exercises');
  await page.getByRole('tab', { name: /week/i }).click();
  await page.getByRole('button', { name: 'Make a plan' }).click();
  await page.getByLabel('Add an exercise').selectOption({ label: 'The 20-minute talk' });
  await page.getByRole('button', { name: 'Add to the plan' }).click();
  await page.getByRole('button', { name: 'Save the plan' }).click();
  // The end of the page's week (the page keeps real time here; main's clock is the test's).
  await expect.poll(async () => (await app.runtime.services.settings.get()).plannedPracticeUntil).toBeGreaterThan(Date.now());

  const file = await readFile(join(app.dataDir, 'settings.json'), 'utf8');
  // The scan can see what it looks for: the reminder's time is there.
  expect(file).toContain('21:30');
  for (const secret of [ADA.name, BO.name, ADA.passphrase, BO.passphrase]) expect(file).not.toContain(secret);
  for (const exercise of EXERCISES) {
    expect(file).not.toContain(exercise.id);
    expect(file).not.toContain(exercise.title);
  }
});

test.describe('where the system shows no notifications', () => {
  test.use({ notificationsSupported: false });

  test('a reminder shows as a banner in the page, the tray waits, and Open goes to its screen', async ({ app }) => {
    const { page } = app;
    await turnOnAppreciation(app);
    app.mainClock.advance(91 * MINUTE);
    expect(app.platform.shownNotifications).toEqual([]);
    expect(app.platform.trayIcon).toBe('waiting');
    await expect(page.getByText("Time for tonight's appreciation. A few words for each other before bed.")).toBeVisible();
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(new ShellPage(page).link('Journal')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: 'Not now' })).toHaveCount(0);
  });
});

test('a change that cannot be saved (a full disk) leaves the old settings file whole and says so', async ({ app }) => {
  const reminders = await turnOnAppreciation(app);
  const file = join(app.dataDir, 'settings.json');
  const before = await readFile(file, 'utf8');
  // The temporary file main writes first cannot be made: a folder holds its name, as a full disk refuses it.
  await mkdir(`${file}.${process.pid}.tmp`);
  await reminders.flip(reminders.ritualSwitch('weekly check-in'));
  await expect(app.page.getByText("That change couldn't be saved, so the previous setting is back. You can try again.")).toBeVisible();
  await expect(reminders.ritualSwitch('weekly check-in')).not.toBeChecked();
  expect(await readFile(file, 'utf8')).toBe(before);
});

test('an unreadable settings file: Hearth starts on the usual settings and says once where it kept the old one', async ({ app }) => {
  await app.quit();
  await writeFile(join(app.dataDir, 'settings.json'), '{ "theme": "dark", "textSi');
  await app.launch();
  const notice = app.page.getByText(/Hearth couldn't read its settings file, so it started with the usual settings/);
  await expect(notice).toContainText(join(app.dataDir, 'settings.json.unreadable-'));
  await app.page.getByRole('button', { name: 'Got it' }).click();
  await expect(notice).toHaveCount(0);
  // Told once: a new page (after a restart of the page alone) is not told again.
  await app.page.reload();
  await app.page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect(notice).toHaveCount(0);
});
