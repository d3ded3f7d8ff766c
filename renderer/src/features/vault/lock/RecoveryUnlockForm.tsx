/**
 * Unlock with a recovery key. A key that is not one, or has a typo, is caught here before any
 * cryptography; a recovery unlock leads straight to choosing a new passphrase (see VaultGate).
 */
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { parseRecoveryKey } from '../crypto/recoveryKey';
import { TextField } from '../forms/TextField';
import formStyles from '../layout/forms.module.css';
import { TextButton } from '../layout/TextButton';
import { useVaultControls } from '../session/vaultContext';
import { recoveryKeyFormatText, unlockProblemText } from './unlockMessages';

function formatProblem(text: string): string | null {
  if (text.trim().length === 0) return recoveryKeyFormatText('empty');
  const parsed = parseRecoveryKey(text);
  if (parsed.ok) {
    parsed.bytes.fill(0);
    return null;
  }
  return recoveryKeyFormatText(parsed.reason);
}

export function RecoveryUnlockForm({ onUsePassphrase }: { onUsePassphrase: () => void }) {
  const { unlockWithRecovery } = useVaultControls();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isUnlocking, setIsUnlocking] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const showProblem = (message: string) => {
    setError(message);
    inputRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isUnlocking) return;
    const problem = formatProblem(recoveryKey);
    if (problem) return showProblem(problem);
    setError(null);
    setIsUnlocking(true);
    try {
      await unlockWithRecovery(recoveryKey);
    } catch (failure) {
      setIsUnlocking(false);
      showProblem(unlockProblemText(failure, 'recovery'));
    }
  };

  return (
    <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label="Recovery key"
        value={recoveryKey}
        onChange={(value) => {
          setRecoveryKey(value);
          setError(null);
        }}
        description="Fourteen groups of four letters and numbers, as on your saved copy. Dashes, spaces and small letters are all fine."
        error={error}
        autoComplete="off"
        look="code"
        autoFocus
        inputRef={inputRef}
      />
      <Button type="submit" variant="primary" isDisabled={isUnlocking}>
        {isUnlocking ? 'Opening…' : 'Unlock'}
      </Button>
      <TextButton onPress={onUsePassphrase} align="center">Use my passphrase instead</TextButton>
    </form>
  );
}
