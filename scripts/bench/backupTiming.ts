/**
 * Runs inside the app's page (part of pageHarness.ts' bundle): times a backup of the whole vault (made and
 * signed in the page, written, flushed and read back by main, then checked in full as restore would) and a
 * restore of it (checked, opened with a passphrase, the vault replaced in one transaction), and the longest
 * main-thread task during each, which is how long the page could not answer a click.
 */
import { readBackup, verifyBackupManifest } from '../../renderer/src/data/backup/backupCodec';
import { openBackup } from '../../renderer/src/data/backup/openBackup';
import { deriveKeyBytes } from '../../renderer/src/data/crypto/argon2';
import type { VaultService } from '../../renderer/src/data/service/vaultService';
import { mainApi } from '../../renderer/src/platform/bridge';

export interface BackupTimes {
  records: number;
  backupMs: number;
  backupLongestTaskMs: number;
  restoreMs: number;
  restoreLongestTaskMs: number;
  sizeBytes: number;
}

/** Runs `work`, answering its duration and the longest main-thread task the browser saw during it. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestTaskMs: number }> {
  const tasks: number[] = [];
  const start = performance.now();
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => entry.startTime >= start && tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const value = await work();
  const ms = performance.now() - start;
  // Long-task entries arrive after the task ends; give the last one a moment to be reported.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { value, ms, longestTaskMs: Math.max(0, ...tasks) };
}

/** Backs up the unlocked vault and restores that backup over it, timing both. Leaves the vault as it was. */
export async function timeBackupAndRestore(vault: VaultService, passphrase: string): Promise<BackupTimes> {
  const backup = await timed(async () => {
    const text = await vault.makeBackup();
    const entry = await mainApi.backups.write({ text });
    const checked = await readBackup(await mainApi.backups.read({ name: entry.name }));
    await verifyBackupManifest(checked, vault.keys.backupKey);
    return { entry, records: checked.records.length };
  });
  const restore = await timed(async () => {
    const text = await mainApi.backups.read({ name: backup.value.entry.name });
    const opened = await openBackup(await readBackup(text), { kind: 'passphrase', passphrase }, deriveKeyBytes);
    await vault.restore(opened);
  });
  return {
    records: backup.value.records,
    backupMs: backup.ms,
    backupLongestTaskMs: backup.longestTaskMs,
    restoreMs: restore.ms,
    restoreLongestTaskMs: restore.longestTaskMs,
    sizeBytes: backup.value.entry.sizeBytes,
  };
}
