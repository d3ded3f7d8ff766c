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
  /** Where the time went: each step's duration, for the report's note. */
  steps: Record<string, number>;
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
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await work();
    steps[name] = performance.now() - start;
    return value;
  };
  const backup = await timed(async () => {
    const text = await step('make', () => vault.makeBackup());
    const entry = await step('write (IPC and main)', () => mainApi.backups.write({ text }));
    const readText = await step('read back (IPC and main)', () => mainApi.backups.read({ name: entry.name }));
    const checked = await step('check', () => readBackup(readText));
    await verifyBackupManifest(checked, vault.keys.backupKey);
    return { entry, records: checked.records.length };
  });
  const restore = await timed(async () => {
    const text = await mainApi.backups.read({ name: backup.value.entry.name });
    const read = await step('restore: check', () => readBackup(text));
    const opened = await step('restore: open (Argon2id)', () => openBackup(read, { kind: 'passphrase', passphrase }, deriveKeyBytes));
    await step('restore: replace', () => vault.restore(opened));
  });
  return {
    records: backup.value.records,
    backupMs: backup.ms,
    backupLongestTaskMs: backup.longestTaskMs,
    restoreMs: restore.ms,
    restoreLongestTaskMs: restore.longestTaskMs,
    sizeBytes: backup.value.entry.sizeBytes,
    steps,
  };
}
