import AxeBuilder from '@axe-core/playwright';
import { ADA, expect, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { RemindersPage } from './pages/RemindersPage';
import { PLACES, ShellPage } from './pages/ShellPage';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious on any place of the shell', async ({ app }, testInfo) => {
      // Nine places, a full axe scan and a screenshot each: about 50 s on two busy cores, so this walk gets
      // more than the default minute. It is a time limit for the walk, not a timing assertion.
      test.setTimeout(180_000);
      const shell = new ShellPage(app.page);
      for (const place of PLACES) {
        await shell.open(place);
        await expect(shell.heading).toBeVisible();
        const results = await new AxeBuilder({ page: app.page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${place}: ${v.id} (${v.nodes.length})`)).toEqual([]);
        await testInfo.attach(`${place}-${colorScheme}.png`, { body: await app.page.screenshot(), contentType: 'image/png' });
      }
    });

    test('axe finds nothing serious in Settings › Reminders with every reminder on, nor on the reminder banner', async ({ app }) => {
      const reminders = new RemindersPage(app.page);
      await reminders.open();
      for (const ritual of ["tonight's appreciation", 'weekly check-in', 'planned practices'] as const) {
        await reminders.flip(reminders.ritualSwitch(ritual));
        await expect(reminders.time(ritual)).toBeVisible();
      }
      // The banner a reminder shows where the system has no notifications.
      app.platform.window.send('reminders:didFire', { kind: 'checkin' });
      await expect(app.page.getByRole('button', { name: 'Not now' })).toBeVisible();
      const results = await new AxeBuilder({ page: app.page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
    });
  });
}

// Backups: restore's steps open in a dialog over Settings, so the walk above does not reach them.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`restore in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious in the restore dialog, from choosing a backup to the preview', async ({ app }) => {
      test.setTimeout(120_000);
      const backups = new BackupsPage(app.page);
      const check = async (step: string) => {
        const results = await new AxeBuilder({ page: app.page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${step}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      };
      await backups.open();
      await backups.backUpNow();
      await backups.startRestore();
      await check('choose');
      await backups.pickListed(0);
      await expect(backups.dialog.getByLabel('Passphrase or recovery key')).toBeVisible();
      await check('secret');
      await backups.openWith(ADA.passphrase);
      await expect(backups.holdings('It replaces')).toBeVisible();
      await check('preview');
    });
  });
}
