import { ADA, expect, test } from './fixtures';
import { LockScreenPage } from './pages/VaultPages';
import { SettingsPage } from './pages/SettingsPage';

test('a chosen theme and text size apply at once and survive reopening the app', async ({ app }) => {
  const settings = new SettingsPage(app.page);
  await settings.open();
  await settings.choose(settings.theme('Dark'));
  await settings.choose(settings.textSize('Large'));
  const html = app.page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-text-size', 'large');

  await app.restart();
  // Appearance applies before unlock, so even the lock screen is comfortable to read.
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await new LockScreenPage(app.page).unlock(ADA.passphrase);
  const reopened = new SettingsPage(app.page);
  await reopened.open();
  await expect(reopened.theme('Dark')).toBeChecked();
});

test('the system theme follows the operating system', async ({ app }) => {
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'system');
  await app.page.emulateMedia({ colorScheme: 'dark' });
  const background = () =>
    app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  await app.page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).not.toBe(dark);
});
