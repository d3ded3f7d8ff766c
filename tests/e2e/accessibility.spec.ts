import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
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
  });
}
