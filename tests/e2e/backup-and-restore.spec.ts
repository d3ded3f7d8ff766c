import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADA, BO, expect, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { JournalPage } from './pages/JournalPage';
import { FirstRunPage } from './pages/VaultPages';
import { HearthApp } from './rig/hearthApp';
import { vaultRows } from './rig/vaultRows';

/** Where to keep screenshots for a person to look at, when asked (HEARTH_SHOTS=folder); never in the repo. */
async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.HEARTH_SHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

async function backupFiles(app: HearthApp): Promise<string[]> {
  return (await readdir(join(app.dataDir, 'backups')).catch(() => [] as string[])).filter((name) => name.endsWith('.hearthbackup')).sort();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('back up, write more, restore through the preview, and the journal shows exactly the backed-up entries', async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      const journal = new JournalPage(page);
      const backups = new BackupsPage(page);
      await journal.open();
      await journal.write('Before the backup: thank you for the walk by the river.');
      await backups.open();
      await expect(backups.section).toContainText('No backup yet');
      await backups.backUpNow();
      await expect(backups.section).toContainText('Last backup:');
      await backups.section.getByRole('heading', { name: 'Backups', exact: true }).scrollIntoViewIfNeeded();
      await shot(page, `settings-backups-${colorScheme}`);
      expect(await backupFiles(app)).toHaveLength(1);

      await journal.open();
      await journal.write('After the backup: you made soup when I was tired.');
      await backups.open();
      await backups.startRestore();
      await backups.pickListed(0);
      await backups.openWith(BO.passphrase);
      const holds = backups.holdings('This backup holds');
      await expect(holds).toContainText('The journal of Ada and Bo.');
      await expect(holds).toContainText('1 appreciation');
      await expect(backups.holdings('It replaces')).toContainText('2 appreciations');
      await shot(page, `restore-preview-${colorScheme}`);
      await backups.confirm();

      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await journal.open();
      await expect(journal.entry('Before the backup')).toBeVisible();
      await expect(journal.entry('After the backup')).toHaveCount(0);
      await expect(page.getByRole('article')).toHaveCount(1);
      // The journal as it was just before the restore was backed up first, so the restore can be undone.
      expect(await backupFiles(app)).toHaveLength(2);
    });
  });
}

test('a foreign file, a damaged backup and a wrong passphrase are each told plainly, and the vault stays exactly as it was', async ({ app }, testInfo) => {
  const { page } = app;
  const backups = new BackupsPage(page);
  await backups.open();
  await backups.backUpNow();
  const [made] = await backupFiles(app);
  const text = await readFile(join(app.dataDir, 'backups', made!), 'utf8');
  const before = await vaultRows(page);

  const foreign = testInfo.outputPath('holiday.hearthbackup');
  const damaged = testInfo.outputPath('damaged.hearthbackup');
  const newer = testInfo.outputPath('newer.hearthbackup');
  await writeFile(foreign, 'Dear diary, today we went to the sea.\n');
  await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)));
  await writeFile(newer, text.replace('"version":1', '"version":7'));
  await backups.startRestore();
  for (const [file, message] of [
    [foreign, "isn't a Hearth backup"],
    [damaged, 'damaged or incomplete'],
    [newer, 'newer version of Hearth'],
  ] as const) {
    app.platform.openPathAnswers.push(file);
    await backups.pickFile();
    await expect(backups.dialog.getByRole('alert')).toContainText(message);
  }

  await backups.pickListed(0);
  await backups.openWith('not the passphrase we use');
  await expect(backups.dialog.getByText("That didn't open this backup")).toBeVisible();
  await backups.dialog.getByRole('button', { name: 'Choose another' }).click();
  await backups.dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await vaultRows(page)).toBe(before);
});

test.describe('on a new computer', () => {
  test.use({ vault: 'none' });

  test('first run restores a backup from the old computer with a recovery key, then asks for a new passphrase', async ({ app }, testInfo) => {
    test.setTimeout(150_000);
    const old = new HearthApp({ baseDir: testInfo.outputPath('old-computer') });
    const carried = testInfo.outputPath('usb-stick.hearthbackup');
    let created;
    try {
      await old.launch();
      created = await new FirstRunPage(old.page).createVault({ a: ADA, b: BO });
      const oldJournal = new JournalPage(old.page);
      await oldJournal.open();
      await oldJournal.write('Written on the old computer: thank you for packing the books.');
      const oldBackups = new BackupsPage(old.page);
      await oldBackups.open();
      await oldBackups.backUpNow();
      const [made] = await backupFiles(old);
      await copyFile(join(old.dataDir, 'backups', made!), carried);
    } finally {
      await old.quit();
    }

    const { page } = app;
    await expect(page.getByText('Moving Hearth to a new computer? Restore a backup from the old one here.')).toBeVisible();
    await shot(page, 'first-run-restore');
    const backups = new BackupsPage(page);
    await backups.startRestore();
    app.platform.openPathAnswers.push(carried);
    await backups.pickFile();
    await backups.openWith(created.recoveryKeys.a);
    await expect(backups.holdings('This backup holds')).toContainText('The journal of Ada and Bo.');
    await expect(backups.dialog).toContainText('There is no journal on this computer yet.');
    await backups.confirm();

    const newPassphrase = 'willow kettle evening 88';
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel(/^Type it again/).fill(newPassphrase);
    await page.getByRole('button', { name: 'Save and open Hearth' }).click();
    const journal = new JournalPage(page);
    await journal.open();
    await expect(journal.entry('Written on the old computer')).toBeVisible();
  });
});
