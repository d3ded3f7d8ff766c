/** The first step of restore: one of the backups in the backup folder, or a file from anywhere. */
import { useState } from 'react';
import { mainApi } from '@renderer/platform/bridge';
import { Button } from '@renderer/ui/Button';
import type { BackupEntry, PickedBackup } from '@shared/ipc/contract';
import { sizeText, whenText } from '../backupWords';
import styles from './Restore.module.css';

/** How many of the newest backups are offered by name; older ones can still be chosen as a file. */
const SHOWN = 5;

interface ChooseBackupProps {
  backups: readonly BackupEntry[];
  problem: string | null;
  onPicked: (picked: PickedBackup) => Promise<void>;
  onCancel: () => void;
}

export function ChooseBackup({ backups, problem, onPicked, onCancel }: ChooseBackupProps) {
  const [isReading, setIsReading] = useState(false);
  const [readProblem, setReadProblem] = useState<string | null>(null);

  const pick = async (read: () => Promise<PickedBackup | null>) => {
    setIsReading(true);
    setReadProblem(null);
    try {
      const picked = await read();
      if (picked) await onPicked(picked);
    } catch {
      setReadProblem("Hearth couldn't read that file. Nothing was changed.");
    } finally {
      setIsReading(false);
    }
  };

  const message = readProblem ?? problem;
  return (
    <div className={styles.step}>
      <p>Choose the backup to restore. Hearth checks it completely before anything changes.</p>
      {backups.length > 0 ? (
        <ul className={styles.choices} aria-label="Backups in the backup folder">
          {backups.slice(0, SHOWN).map((backup) => (
            <li key={backup.name}>
              <Button isDisabled={isReading} onPress={() => void pick(async () => ({ name: backup.name, text: await mainApi.backups.read({ name: backup.name }) }))}>
                {`Backup of ${whenText(backup.createdAt)}`}
              </Button>
              <span className={styles.quiet}> {sizeText(backup.sizeBytes)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div role="alert">{message ? <p className={styles.problem}>{message}</p> : null}</div>
      <div className={styles.actions}>
        <Button isDisabled={isReading} onPress={() => void pick(() => mainApi.backups.openFile())}>
          {isReading ? 'Checking…' : 'Choose a backup file…'}
        </Button>
        <Button variant="link" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
