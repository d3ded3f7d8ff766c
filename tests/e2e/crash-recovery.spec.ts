/**
 * When the page's renderer crashes, main reopens Hearth at the lock screen (the keys died with the page) and
 * the lock screen says so, once. A page that keeps crashing is not reopened for ever.
 */
import { ADA, expect, test } from './fixtures';
import { JournalPage } from './pages/JournalPage';
import { ShellPage } from './pages/ShellPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';

const REOPENED = 'Hearth closed unexpectedly and was reopened. Everything you saved is safe; unlock to carry on.';

test('a crashed page reopens at the lock screen, says so once, and what was saved is still there', async ({ app }) => {
  const journal = new JournalPage(app.page);
  await journal.open();
  await journal.write('Thank you for the soup when I was ill.');

  await app.crashPage();
  const lock = new LockScreenPage(app.page);
  await expect(app.page.getByRole('status').filter({ hasText: REOPENED })).toBeVisible();
  await lock.unlock(ADA.passphrase);
  await expect(new ShellPage(app.page).heading).toHaveText(/Today/);
  const journalAgain = new JournalPage(app.page);
  await journalAgain.open();
  await expect(journalAgain.entry('Thank you for the soup when I was ill.')).toBeVisible();

  await lockFromSidebar(app.page);
  await expect(lock.passphrase).toBeVisible();
  await expect(app.page.getByText(REOPENED)).toHaveCount(0);
  expect(app.platform.reloadCount).toBe(1);
});

test('after a crash, a partner remembered on this computer still meets the lock screen and its notice', async ({ app }) => {
  const { page } = app;
  await new ShellPage(page).open('Settings');
  await page.getByRole('switch', { name: /Remember me on this computer/ }).locator('xpath=ancestor::label[1]').click();
  await page.getByLabel('Your passphrase').fill(ADA.passphrase);
  await page.getByRole('button', { name: 'Remember me' }).click();
  await expect(page.getByText(/Hearth will open without asking/)).toBeVisible();

  await app.crashPage();
  await expect(app.page.getByRole('status').filter({ hasText: REOPENED })).toBeVisible();
  await new LockScreenPage(app.page).unlock(ADA.passphrase);
  await expect(new ShellPage(app.page).heading).toHaveText(/Today/);
});

test('a page that keeps crashing stops on a plain page instead of reopening for ever', async ({ app }) => {
  for (let crash = 1; crash <= 3; crash += 1) {
    await app.crashPage();
    await expect(app.page.getByText(REOPENED)).toBeVisible();
  }
  await app.crashPage();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Hearth stopped' })).toBeVisible();
  await expect(app.page.getByText('Everything you saved is safe.')).toBeVisible();
  expect(app.platform.reloadCount).toBe(3);
});
