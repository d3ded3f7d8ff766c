import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADA, expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { LockScreenPage } from './pages/VaultPages';
import { keyPatterns, scanFor } from './rig/diskScan';
import { keysFor } from './rig/vaultDisk';

const rememberSwitch = (app: { page: import('@playwright/test').Page }) =>
  app.page.getByRole('switch', { name: /Remember me on this computer/ });

test('remembered on this computer, Hearth opens without the passphrase, and the key is sealed on disk', async ({ app }) => {
  const { page } = app;
  await new ShellPage(page).open('Settings');
  await rememberSwitch(app).locator('xpath=ancestor::label[1]').click();
  await page.getByLabel('Your passphrase').fill(ADA.passphrase);
  await page.getByRole('button', { name: 'Remember me' }).click();
  await expect(page.getByText(/Hearth will open without asking/)).toBeVisible();
  const { kek } = await keysFor(page, 'a', ADA.passphrase);

  await app.restart();
  await expect(new ShellPage(app.page).navigation).toBeVisible();
  expect(await scanFor([app.dataDir, app.profileDir], keyPatterns(kek)), 'the remembered key in the clear').toEqual([]);
});

test('if the keychain can no longer unseal it, Hearth asks for the passphrase and changes nothing', async ({ app }) => {
  const { page } = app;
  await new ShellPage(page).open('Settings');
  await rememberSwitch(app).locator('xpath=ancestor::label[1]').click();
  await page.getByLabel('Your passphrase').fill(ADA.passphrase);
  await page.getByRole('button', { name: 'Remember me' }).click();
  await expect(page.getByText(/Hearth will open without asking/)).toBeVisible();
  await app.quit();
  const kept = await readFile(join(app.dataDir, 'remembered-keys.json'), 'utf8');
  // A changed keyring: the next start cannot unseal what was kept.
  app.platform.keychainKey = Buffer.alloc(32, 7);
  await app.launch();
  const lock = new LockScreenPage(app.page);
  await expect(lock.passphrase).toBeVisible();
  await lock.unlock(ADA.passphrase);
  await expect(new ShellPage(app.page).navigation).toBeVisible();
  expect(await readFile(join(app.dataDir, 'remembered-keys.json'), 'utf8')).toBe(kept);
});

test.describe('where the keychain keeps secrets in plain text', () => {
  test.use({ keychain: 'basic_text' });

  test('remembering is refused, with the reason shown', async ({ app }) => {
    await new ShellPage(app.page).open('Settings');
    await expect(rememberSwitch(app)).toBeDisabled();
    await expect(app.page.getByText(/keeps passwords without encrypting them/)).toBeVisible();
  });
});
