import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ADA, BO, expect, test } from './fixtures';
import { CheckinsPage } from './pages/CheckinsPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';

async function expectNoSeriousAxe(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id}`)).toEqual([]);
}

async function switchPartner(page: Page, passphrase: string) {
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(passphrase);
  await new CheckinsPage(page).open();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('weekly answers stay sealed until both have answered, then show on the charts', async ({ app }) => {
      const { page } = app;
      const checkins = new CheckinsPage(page);
      await checkins.open();
      await expectNoSeriousAxe(page, 'the check-in form');
      await checkins.fill({
        kind: 'Weekly',
        words: ['A bit flat', 'A little distant', 'Less than I would like', 'Under pressure'],
        howAreYou: 'Late trains all week',
        bothering: { note: 'Work, mostly. Only for me.', keepToMyself: true },
      });
      await checkins.save();

      await switchPartner(page, BO.passphrase);
      await page.getByRole('tab', { name: 'This week' }).click();
      await expect(page.getByText('Sealed until you both answer')).toBeVisible();
      await expect(page.locator('body')).not.toContainText('Late trains all week');
      await expectNoSeriousAxe(page, 'this week, sealed');

      await page.getByRole('tab', { name: 'Check in' }).click();
      await checkins.fill({ kind: 'Weekly', words: ['Good', 'Close', 'Warm', 'A little tense'], howAreYou: 'Better than last week' });
      await checkins.save();
      await page.getByRole('tab', { name: 'This week' }).click();
      await expect(page.getByText('Sealed until you both answer')).toHaveCount(0);
      await expect(page.getByText('Late trains all week')).toBeVisible();
      await expect(page.locator('body')).not.toContainText('Only for me');

      await page.getByRole('tab', { name: 'History' }).click();
      await expect(page.getByRole('img', { name: /^Mood over the last 12 weeks/ })).toBeVisible();
      await page.getByRole('button', { name: 'Show as table' }).first().click();
      await expect(page.getByRole('table', { name: /Mood over the last 12 weeks/ })).toBeVisible();
      await expectNoSeriousAxe(page, 'history and charts');

      await switchPartner(page, ADA.passphrase);
      await page.getByRole('tab', { name: 'This week' }).click();
      await expect(page.getByText('Work, mostly. Only for me.')).toBeVisible();
      await expect(page.getByText('Better than last week')).toBeVisible();
    });
  });
}
