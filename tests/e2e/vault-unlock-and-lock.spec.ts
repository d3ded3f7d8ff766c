import { ADA, BO, expect, test } from './fixtures';
import { CheckinsPage } from './pages/CheckinsPage';
import { ShellPage } from './pages/ShellPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import { readHeader, snapshotDatabase } from './rig/vaultDisk';

test('a wrong passphrase says so plainly and changes nothing on disk', async ({ app }) => {
  const { page } = app;
  await lockFromSidebar(page);
  const before = await snapshotDatabase(page);
  const lock = new LockScreenPage(page);
  await lock.unlock('not our passphrase');
  await expect(lock.alert).toContainText("That passphrase didn't open Hearth");
  await expect(lock.passphrase).toBeFocused();
  expect(await snapshotDatabase(page)).toBe(before);
  await lock.unlock(ADA.passphrase);
  await expect(new ShellPage(page).heading).toHaveText(/Today/);
});

test.describe('input that is not a passphrase', () => {
  for (const [label, typed, message] of [
    ['an empty passphrase', '', /Type your passphrase/i],
    ['a 1 MB passphrase', 'x'.repeat(1_000_000), /longer than/i],
  ] as const) {
    test(`${label} gets a clear answer and changes nothing`, async ({ app }) => {
      const { page } = app;
      await lockFromSidebar(page);
      const before = await snapshotDatabase(page);
      const lock = new LockScreenPage(page);
      await lock.passphrase.fill(typed);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('alert')).toContainText(message);
      expect(await snapshotDatabase(page)).toBe(before);
    });
  }
});

test('each partner opens the vault with their own passphrase, and a private note stays with its author', async ({ app }) => {
  const { page } = app;
  const checkins = new CheckinsPage(page);
  await checkins.open();
  await checkins.fill({
    kind: 'Weekly',
    words: ['Steady', 'Close', 'Some', 'A little tense'],
    howAreYou: 'Shared words from Ada',
    bothering: { note: 'Only Ada may read this note', keepToMyself: true },
  });
  await checkins.save();
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(BO.passphrase);
  await checkins.open();
  await checkins.fill({ kind: 'Weekly', words: ['Good', 'Close', 'Warm', 'At ease'], howAreYou: 'Bo answers too' });
  await checkins.save();
  await page.getByRole('tab', { name: 'This week' }).click();
  await expect(page.getByText('Shared words from Ada')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Only Ada may read this note');
});

test('changing the passphrase leaves every stored record byte for byte as it was', async ({ app }) => {
  const { page } = app;
  const records = await snapshotDatabase(page, ['records']);
  const headerBefore = await readHeader(page);
  await new ShellPage(page).open('Settings');
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  await page.getByLabel('Current passphrase').fill(ADA.passphrase);
  await page.getByLabel('New passphrase', { exact: true }).fill('a completely new passphrase 9');
  await page.getByLabel('Type the new passphrase again').fill('a completely new passphrase 9');
  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(page.getByText(/Your passphrase is changed/)).toBeVisible();
  expect(await snapshotDatabase(page, ['records'])).toBe(records);
  expect((await readHeader(page)).slots).not.toEqual(headerBefore.slots);

  await lockFromSidebar(page);
  const lock = new LockScreenPage(page);
  await lock.unlock(ADA.passphrase);
  await expect(lock.alert).toContainText("That passphrase didn't open Hearth");
  await lock.unlock('a completely new passphrase 9');
  await expect(new ShellPage(page).navigation).toBeVisible();
});

test('the recovery key opens the vault and leads straight to a new passphrase', async ({ app, created }) => {
  const { page } = app;
  await lockFromSidebar(page);
  const lock = new LockScreenPage(page);
  await lock.unlockWithRecoveryKey(created!.recoveryKeys.b!.toLowerCase());
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill('bo starts again 2026');
  await page.getByLabel('Type it again').fill('bo starts again 2026');
  await page.getByRole('button', { name: 'Save and open Hearth' }).click();
  await expect(new ShellPage(page).heading).toHaveText(/Today/);
  await lockFromSidebar(page);
  await lock.unlock('bo starts again 2026');
  await expect(new ShellPage(page).heading).toHaveText(/Today/);
});

test('locking clears the page, and a draft typed before the computer slept is there after unlock', async ({ app }) => {
  const { page } = app;
  const checkins = new CheckinsPage(page);
  await checkins.open();
  await checkins.fill({ kind: 'Quick', words: ['Good', 'Close', 'Warm', 'At ease'], howAreYou: 'half-written marker 5521' });
  // The computer goes to sleep: main asks the page to lock.
  app.platform.simulate.suspend();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.innerText + document.documentElement.innerHTML)).not.toContain('marker 5521');
  await new LockScreenPage(page).unlock(ADA.passphrase);
  await checkins.open();
  await checkins.choose(/^Quick\b/);
  await expect(page.getByLabel('How are you doing?')).toHaveValue('half-written marker 5521');
});

test('a vault header with weakened key derivation is refused, and nothing is deleted', async ({ app }) => {
  const { page } = app;
  await lockFromSidebar(page);
  const records = await snapshotDatabase(page, ['records']);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('hearth');
      request.onsuccess = () => resolve(request.result);
    });
    const store = db.transaction('meta', 'readwrite').objectStore('meta');
    await new Promise<void>((resolve) => {
      const read = store.get('vaultHeader');
      read.onsuccess = () => {
        const row = read.result as { key: string; value: { kdf: Record<string, number> } };
        row.value.kdf = { ...row.value.kdf, memoryKiB: 1024, passes: 1 };
        store.put(row).onsuccess = () => resolve();
      };
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: "Hearth can't open your journal right now" })).toBeVisible();
  expect(await snapshotDatabase(page, ['records'])).toBe(records);
});
