/**
 * Unlock with a passphrase. The field stays usable while the key is derived (the button shows progress),
 * and after a wrong try the text is kept and selected, so it can be corrected or typed over.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { validatePassphraseInput } from '../crypto/passphrase';
import { passphraseProblemText } from '../forms/passphraseRules';
import { PassphraseField } from '../forms/PassphraseField';
import formStyles from '../layout/forms.module.css';
import { TextButton } from '../layout/TextButton';
import { useVaultControls } from '../session/vaultContext';
import { unlockProblemText } from './unlockMessages';

export function PassphraseUnlockForm({ onUseRecoveryKey }: { onUseRecoveryKey: () => void }) {
  const { unlock } = useVaultControls();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isUnlocking, setIsUnlocking] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const showProblem = (message: string) => {
    setError(message);
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isUnlocking) return;
    const check = validatePassphraseInput(passphrase);
    if (!check.ok) return showProblem(passphraseProblemText(check.reason, 'unlock'));
    setError(null);
    setIsUnlocking(true);
    try {
      await unlock(passphrase);
    } catch (problem) {
      setIsUnlocking(false);
      showProblem(unlockProblemText(problem, 'passphrase'));
    }
  };

  return (
    <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseField
        label="Passphrase"
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          setError(null);
        }}
        error={error}
        autoComplete="current-password"
        autoFocus
        inputRef={inputRef}
      />
      <Button type="submit" variant="primary" isDisabled={isUnlocking}>
        {isUnlocking ? 'Opening…' : 'Unlock'}
      </Button>
      <TextButton onPress={onUseRecoveryKey} align="center">Use a recovery key instead</TextButton>
    </form>
  );
}
