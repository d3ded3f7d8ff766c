/** Asks once for the passphrase that "Remember me" needs, checks it, and hands the key to main. */
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { PassphraseField } from '../forms/PassphraseField';
import formStyles from '../layout/forms.module.css';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { REMEMBERED_TEXT, rememberProblemText } from './rememberMessages';

export function RememberPassphraseForm({ onDone, onCancel }: { onDone: (message: string) => void; onCancel: () => void }) {
  const { remember } = useVaultControls();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isWorking) return;
    setError(null);
    setIsWorking(true);
    try {
      await remember(passphrase);
      onDone(REMEMBERED_TEXT);
    } catch (problem) {
      setIsWorking(false);
      setError(rememberProblemText(problem));
      inputRef.current?.focus();
    }
  };

  return (
    <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseField
        label="Your passphrase"
        description="Hearth needs it once, to make the key it will keep."
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
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isDisabled={isWorking}>
          {isWorking ? 'Checking…' : 'Remember me'}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
