/**
 * A recovery key shown once: its fourteen groups in a monospace grid, and ways to keep it (save as a
 * file, print, copy). The key is also read out whole to assistive technology, as one line.
 */
import { Button } from '@renderer/ui/Button';
import { FormMessage } from '../layout/FormMessage';
import { RecoveryKeyPrintSheet } from './RecoveryKeyPrintSheet';
import { recoveryKeyGroups } from './recoveryKeyText';
import { useRecoveryKeyActions } from './useRecoveryKeyActions';
import styles from './RecoveryKeyCard.module.css';

interface RecoveryKeyCardProps {
  recoveryKey: string;
  /** Whose key this is, for the saved and printed copies. */
  ownerName?: string;
}

export function RecoveryKeyCard({ recoveryKey, ownerName }: RecoveryKeyCardProps) {
  const actions = useRecoveryKeyActions(recoveryKey, ownerName);
  return (
    <div className={styles.card}>
      <p className={styles.key} aria-label={`Recovery key: ${recoveryKey}`} role="group">
        {recoveryKeyGroups(recoveryKey).map((group, index) => (
          <span key={index} className={styles.group} aria-hidden="true">
            {group}
          </span>
        ))}
      </p>
      <div className={styles.actions}>
        <Button onPress={() => void actions.save()}>{actions.isSaving ? 'Saving…' : 'Save as a file…'}</Button>
        <Button onPress={actions.print}>Print</Button>
        <Button onPress={() => void actions.copy()}>Copy</Button>
      </div>
      <FormMessage message={actions.outcome?.message ?? null} tone={actions.outcome?.tone} />
      <RecoveryKeyPrintSheet recoveryKey={recoveryKey} ownerName={ownerName} />
    </div>
  );
}
