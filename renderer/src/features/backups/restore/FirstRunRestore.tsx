/**
 * At first run, beside "Let's begin": restoring a backup instead, which is also how Hearth moves to a new
 * computer. Offers the backups already in Hearth's folder (after a reinstall) or any file.
 */
import type { BackupEntry } from '@shared/ipc/contract';
import { useBackupStatus } from '../useBackupStatus';
import { RestoreDialog } from './RestoreDialog';

const NONE: readonly BackupEntry[] = [];

export function FirstRunRestore() {
  const { state } = useBackupStatus();
  return <RestoreDialog backups={state.status === 'ready' ? state.value.backups : NONE} />;
}
