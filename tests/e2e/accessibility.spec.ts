import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { PLACES, ShellPage } from './pages/ShellPage';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious on any place of the shell', async ({ app }, testInfo) => {
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
