/**
 * The daily backup: while Hearth is open and unlocked, it looks once an hour (and a minute after unlocking,
 * so the unlock itself stays quick) whether the newest backup is a day old, and makes one if so. While
 * Hearth is locked nothing can be written, so nothing new would go into a backup: the next one waits until
 * someone unlocks. Renders nothing; mounted only inside the unlocked app.
 */
import { useEffect } from 'react';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { mainApi } from '@renderer/platform/bridge';
import { backUpNow } from './backupNow';

export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
const FIRST_LOOK_MS = 60 * 1000;
const LOOK_EVERY_MS = 60 * 60 * 1000;

/** True when no backup is there, or the newest is at least a day old (or from a clock set ahead). */
export function isBackupDue(newestAt: number | undefined, now: number): boolean {
  return newestAt === undefined || now - newestAt >= BACKUP_EVERY_MS || newestAt > now + BACKUP_EVERY_MS;
}

export function AutomaticBackups() {
  const { service } = useVaultControls();
  useEffect(() => {
    let isCurrent = true;
    const look = async () => {
      try {
        const status = await mainApi.backups.status();
        if (isCurrent && isBackupDue(status.backups[0]?.createdAt, Date.now())) await backUpNow(service);
      } catch (error) {
        // Locked meanwhile, a full disk, a folder that went away: Settings › Backups shows the last one made.
        console.warn('The daily backup did not run', error instanceof Error ? error.name : 'unknown');
      }
    };
    const first = window.setTimeout(() => void look(), FIRST_LOOK_MS);
    const every = window.setInterval(() => void look(), LOOK_EVERY_MS);
    return () => {
      isCurrent = false;
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, [service]);
  return null;
}
