import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { RemindersPage } from './pages/RemindersPage';
import { PLACES, ShellPage } from './pages/ShellPage';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious on any place of the shell', async ({ app }, testInfo) => {
      // Eight places, a full axe scan and a screenshot each: about 50 s on two busy cores, so this walk gets
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
