// Throwaway: walk through the Journal, screenshots and axe. Deleted before hand-off.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ADA, BO, expect, test } from './fixtures';

async function look(page: Page, name: string, scheme: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const others = results.violations.filter((v) => !(v.impact === 'serious' || v.impact === 'critical'));
  if (others.length) console.log(name, 'minor:', others.map((v) => `${v.id}(${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; '));
  await page.screenshot({ path: `/tmp/journal-shots/${scheme}-${name}.png`, fullPage: true });
  expect(serious.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.html.slice(0, 200)).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });

    test('journal walk-through', async ({ app }) => {
      const page = app.page;
      await page.getByRole('link', { name: /Journal/ }).click();
      await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
      await expect(page.getByText('Nothing here yet. Tonight, write one small thing you noticed about Bo.')).toBeVisible();
      await look(page, '01-empty', scheme);

      await page.getByRole('button', { name: 'Need a start?' }).click();
      await look(page, '02-prompt', scheme);
      await page.getByRole('button', { name: 'Start from this' }).click();
      const words = page.getByRole('textbox', { name: 'Your note to Bo' });
      await expect(words).toBeFocused();
      await words.fill('You made tea before I asked.\n\nAnd you listened about work. <img src=x onerror=alert(1)>');
      await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('small things');
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('tea');
      await page.keyboard.press('Enter');
      await look(page, '03-composing', scheme);
      await words.focus();
      await page.keyboard.press('Control+Enter');
      await expect(page.getByText('Saved. Bo will find it in the journal.')).toBeVisible();
      const list = page.getByRole('list', { name: 'Your journal' });
      await expect(list.getByRole('article', { name: 'Ada to Bo' })).toHaveCount(1);
      await expect(list.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeVisible();

      await words.fill('Just for me: he hummed while cooking. مرحبا 🌿');
      await page.getByRole('radio', { name: /Just for me/ }).click({ force: true });
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Saved, just for you.')).toBeVisible();
      await expect(list.getByRole('article')).toHaveCount(2);
      await look(page, '04-two-entries', scheme);

      // search and filters
      await page.getByRole('searchbox', { name: 'Search your journal' }).fill('TEA');
      await expect(list.getByRole('article')).toHaveCount(1);
      await expect(page.getByText('1 entry found.')).toBeVisible();
      await look(page, '05-search', scheme);
      await page.getByRole('button', { name: 'Show everything' }).click();
      await expect(list.getByRole('article')).toHaveCount(2);
      await page.getByRole('radio', { name: 'Bo', exact: true }).click({ force: true });
      await expect(list.getByRole('article')).toHaveCount(0);
      await expect(page.getByText('Nothing matches that yet.', { exact: false })).toBeVisible();
      await page.getByRole('radio', { name: 'Both', exact: true }).click({ force: true });
      await page.getByLabel('Tag', { exact: true }).selectOption('tea');
      await expect(list.getByRole('article')).toHaveCount(1);
      await page.getByLabel('Tag', { exact: true }).selectOption('');

      // edit
      const first = list.getByRole('article').first();
      await first.getByRole('button', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit your entry' });
      await expect(dialog).toBeVisible();
      await look(page, '06-edit', scheme);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(first.getByRole('button', { name: 'Edit' })).toBeFocused();
      await first.getByRole('button', { name: 'Edit' }).click();
      await dialog.getByRole('textbox', { name: 'Your note to Bo' }).fill('Edited: he hummed while cooking.');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect(dialog).toBeHidden();
      await expect(list.getByText('Edited: he hummed while cooking.')).toBeVisible();

      // delete and undo
      await list.getByRole('article').first().getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
      await expect(list.getByRole('article')).toHaveCount(1);
      await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
      await look(page, '07-deleted', scheme);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(list.getByRole('article')).toHaveCount(2);
      await expect(list.getByText('Edited: he hummed while cooking.')).toBeVisible();

      // keyboard only: delete, undo, focus comes back
      await list.getByRole('article').first().getByRole('button', { name: 'Delete' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(list.getByRole('article')).toHaveCount(2);
      await expect(list.getByRole('article').first()).toBeFocused();
      await list.getByRole('article').first().getByRole('button', { name: 'Delete' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('heading', { name: 'Your journal' })).toBeFocused();
      await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
      await expect(list.getByRole('article')).toHaveCount(1);

      // too long
      await words.fill('a'.repeat(20_001));
      await expect(page.getByRole('alert').filter({ hasText: "That's longer than Hearth can keep in one entry" })).toBeVisible();
      await look(page, '08-too-long', scheme);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(list.getByRole('article')).toHaveCount(1);

      // the draft survives a lock
      await words.fill('half a sentence before the lock');
      await page.getByRole('button', { name: 'Lock Hearth' }).click();
      await page.getByLabel('Passphrase').fill(ADA.passphrase);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
      await expect(words).toHaveValue('half a sentence before the lock');
      await expect(page.getByText('We kept what you were writing.')).toBeVisible();

      // Bo sees the shared entry, not the private one
      await page.getByRole('button', { name: 'Lock Hearth' }).click();
      await page.getByLabel('Passphrase').fill(BO.passphrase);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Write to Ada' })).toBeVisible();
      await expect(list.getByRole('article')).toHaveCount(1);
      await expect(list.getByRole('article').first().getByRole('button', { name: 'Edit' })).toHaveCount(0);
      await expect(list.getByText('Edited: he hummed')).toHaveCount(0);
      await page.setViewportSize({ width: 800, height: 600 });
      await look(page, '09-bo-800', scheme);
      await page.screenshot({ path: `/tmp/journal-shots/${scheme}-10-bo-800-viewport.png` });
    });
  });
}

test.describe('alone', () => {
  test.use({ vault: 'alone' });
  test('one partner on their own', async ({ app }) => {
    const page = app.page;
    await page.getByRole('link', { name: /Journal/ }).click();
    await expect(page.getByRole('heading', { name: 'Write an appreciation' })).toBeVisible();
    await expect(page.getByText('Nothing here yet. Tonight, write one small thing you noticed about your partner.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Your note' }).fill('For when you join.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved to your journal.')).toBeVisible();
    await expect(page.getByRole('article', { name: 'From Ada' })).toBeVisible();
    await look(page, 'alone', 'light');
  });
});
