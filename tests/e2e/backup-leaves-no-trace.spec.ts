import { readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADA, expect, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { JournalPage } from './pages/JournalPage';
import { filesChangedSince, filesContaining, scanFor, textPatterns, writePlaintextProof } from './rig/diskScan';

test('backup and restore leave no plaintext anywhere: the profile, the data folder, the backups or the temporary folder', async ({ app }) => {
  test.setTimeout(120_000);
  const startedAt = Date.now() - 1_000;
  const { page } = app;
  const marker = 'qzbackupmarker7341';
  // Prove the scans can see plaintext: one marker unencrypted in IndexedDB, one in a temporary file.
  await writePlaintextProof(page, `${marker}proof`);
  const tmpProof = join(tmpdir(), `hearth-scan-proof-${process.pid}.txt`);
  await writeFile(tmpProof, `${marker}proof`);

  const journal = new JournalPage(page);
  await journal.open();
  await journal.write(`A thank-you with a marker ${marker} in it.`);
  const backups = new BackupsPage(page);
  await backups.open();
  await backups.backUpNow();
  await backups.startRestore();
  await backups.pickListed(0);
  await backups.openWith(ADA.passphrase);
  await backups.confirm();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await journal.open();
  await expect(journal.entry(marker)).toBeVisible();
  await app.quit();

  const folders = [app.profileDir, app.dataDir];
  expect((await readdir(join(app.dataDir, 'backups'))).length, 'the backup and the one made before restoring').toBe(2);
  expect(await scanFor(folders, textPatterns(`${marker}proof`)), 'the scan sees plaintext').not.toEqual([]);
  const temporary = await filesChangedSince(tmpdir(), startedAt);
  expect(await filesContaining(temporary, textPatterns(`${marker}proof`)), 'the temporary-folder scan sees plaintext').not.toEqual([]);
  await rm(tmpProof);

  const exact = textPatterns(`${marker} in it`);
  expect(await scanFor(folders, exact), 'the words on disk').toEqual([]);
  expect(await filesContaining(await filesChangedSince(tmpdir(), startedAt), exact), 'the words in a temporary file').toEqual([]);
});
