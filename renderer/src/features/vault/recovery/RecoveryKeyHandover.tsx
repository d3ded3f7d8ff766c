/**
 * Handing over a recovery key: the key with its ways to keep it, and a checkbox the person ticks once
 * they have kept it, which enables the button that goes on. Used at first run and when a partner joins.
 */
import { useId, useState } from 'react';
import { Button } from '@renderer/ui/Button';
import { RecoveryKeyCard } from './RecoveryKeyCard';
import styles from './RecoveryKeyHandover.module.css';

interface RecoveryKeyHandoverProps {
  recoveryKey: string;
  ownerName?: string;
  continueLabel: string;
  onContinue: () => void;
  isContinuing?: boolean;
}

export function RecoveryKeyHandover({ recoveryKey, ownerName, continueLabel, onContinue, isContinuing }: RecoveryKeyHandoverProps) {
  const [hasKept, setHasKept] = useState(false);
  const checkboxId = useId();
  return (
    <div className={styles.handover}>
      <RecoveryKeyCard recoveryKey={recoveryKey} ownerName={ownerName} />
      <div className={styles.confirm}>
        <input
          id={checkboxId}
          type="checkbox"
          className={styles.checkbox}
          checked={hasKept}
          onChange={(event) => setHasKept(event.target.checked)}
        />
        <label htmlFor={checkboxId}>I have kept my recovery key somewhere safe</label>
      </div>
      <Button variant="primary" isDisabled={!hasKept || isContinuing} onPress={onContinue}>
        {continueLabel}
      </Button>
    </div>
  );
}
