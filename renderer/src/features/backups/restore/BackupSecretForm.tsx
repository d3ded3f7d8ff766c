/**
 * The second step of restore: the passphrase or recovery key of the backup (from when it was made), which
 * must open one of the backup's own key slots; then its manifest is checked. Nothing is written.
 */
import { useState, type FormEvent } from 'react';
import { BackupFileError } from '@shared/backup/backupFile';
import type { OpenedBackup, ReadBackup } from '@renderer/data';
import { openBackup } from '@renderer/data/backup/openBackup';
import type { PartnerSecret } from '@renderer/data/crypto/slotCrypto';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { Button } from '@renderer/ui/Button';
import { TextField } from '@renderer/ui/TextField';
import { backupProblemText, secretProblemText, whenText } from '../backupWords';
import styles from './Restore.module.css';

/** 14 groups of four letters or digits: a recovery key as Hearth prints it (spaces or dashes between). */
const RECOVERY_KEY_SHAPE = /^[0-9a-z]{4}(?:[\s-]*[0-9a-z]{4}){13}$/i;

export function secretFor(typed: string): PartnerSecret {
  const trimmed = typed.trim();
  return RECOVERY_KEY_SHAPE.test(trimmed) ? { kind: 'recovery', recoveryKey: trimmed } : { kind: 'passphrase', passphrase: typed };
}

interface BackupSecretFormProps {
  backup: ReadBackup;
  name: string;
  onOpened: (opened: OpenedBackup, secret: PartnerSecret) => void;
  onBack: () => void;
}

export function BackupSecretForm({ backup, name, onOpened, onBack }: BackupSecretFormProps) {
  const { derive } = useVaultControls();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isOpening, setIsOpening] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === '') return setProblem('Please type the passphrase or recovery key for this backup.');
    setIsOpening(true);
    setProblem(null);
    const secret = secretFor(typed);
    try {
      onOpened(await openBackup(backup, secret, derive), secret);
    } catch (error) {
      setProblem(error instanceof BackupFileError ? backupProblemText(error.problem) : secretProblemText(error));
      setIsOpening(false);
    }
  };

  return (
    <form className={styles.step} onSubmit={(event) => void submit(event)}>
      <p>
        <strong>{name}</strong> is a complete Hearth backup, made on {whenText(backup.createdAt)}.
      </p>
      <TextField
        label="Passphrase or recovery key"
        description="Either partner's, as it was when this backup was made."
        type="password"
        autoComplete="current-password"
        autoFocus
        value={typed}
        onChange={setTyped}
        error={problem}
        isDisabled={isOpening}
      />
      <div className={styles.actions}>
        <Button variant="primary" type="submit" isDisabled={isOpening}>
          {isOpening ? 'Opening…' : 'Open this backup'}
        </Button>
        <Button variant="link" onPress={onBack} isDisabled={isOpening}>
          Choose another
        </Button>
      </div>
    </form>
  );
}
