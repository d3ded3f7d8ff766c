import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ADA, expect, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { JournalPage } from './pages/JournalPage';
import { addFillerRecords, recordIds, waitForVaultWriteInProgress } from './rig/vaultRows';

test('a crash in the middle of a restore leaves the old vault or the restored one, whole', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const { page } = app;
  // Thousands of records make the restore's one transaction last long enough to be cut in the middle.
  await addFillerRecords(page, 4_000);
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('In the backup: thank you for fixing the bike.');
  const backups = new BackupsPage(page);
  await backups.open();
  await backups.backUpNow();
  const backupFolder = join(app.dataDir, 'backups');
  const [made] = await readdir(backupFolder);
  const inBackup = await recordIds(page);
  await journal.open();
  await journal.write('Written after the backup.');
  const before = await recordIds(page);
  expect(before).not.toEqual(inBackup);

  await backups.open();
  await backups.startRestore();
  app.platform.openPathAnswers.push(join(backupFolder, made!));
  await backups.pickFile();
  await backups.openWith(ADA.passphrase);
  await expect(backups.holdings('This backup holds')).toBeVisible();
  const writing = waitForVaultWriteInProgress(page);
  await backups.confirm();
  // Crash once the replacing transaction is under way (a read of the vault waits behind it).
  const wasMidway = await writing;
  await app.crash();

  const after = await recordIds(app.page);
  const which = after.join() === inBackup.join() ? 'restored' : after.join() === before.join() ? 'old' : 'a mixture';
  testInfo.annotations.push({ type: 'survived', description: `${which} (killed mid-transaction: ${wasMidway})` });
  console.warn(`Killed ${wasMidway ? 'while the restore was writing' : 'without seeing the restore write'}; the ${which} vault was found.`);
  expect(which).not.toBe('a mixture');
  await app.page.getByLabel('Passphrase', { exact: true }).fill(ADA.passphrase);
  await app.page.getByRole('button', { name: 'Unlock' }).click();
  const reopened = new JournalPage(app.page);
  await reopened.open();
  await expect(reopened.entry('In the backup')).toBeVisible();
});
