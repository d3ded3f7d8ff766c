/** "Restore from a backup…": the button, and the dialog that walks through choosing, opening and confirming. */
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import type { BackupEntry } from '@shared/ipc/contract';
import { RestoreFlow } from './RestoreFlow';

interface RestoreDialogProps {
  /** The backups in the backup folder, newest first (none at first run, where only a file can be chosen). */
  backups: readonly BackupEntry[];
  variant?: 'primary' | 'quiet';
}

export function RestoreDialog({ backups, variant = 'quiet' }: RestoreDialogProps) {
  return (
    <Dialog trigger={<Button variant={variant}>Restore from a backup…</Button>} title="Restore from a backup">
      {(close) => <RestoreFlow backups={backups} onCancel={close} />}
    </Dialog>
  );
}
