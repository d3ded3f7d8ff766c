/**
 * Change passphrase: the current one, then the new one twice. Only the passphrase's wrap of the keys is
 * renewed; nothing written is re-encrypted. A clash with the other partner's passphrase is answered
 * neutrally ("Please choose a different passphrase.").
 */
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { passphraseChangeProblem } from '../forms/passphraseChangeProblem';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { PassphraseField } from '../forms/PassphraseField';
import { useNewPassphraseForm } from '../forms/useNewPassphraseForm';
import { FormMessage } from '../layout/FormMessage';
import formStyles from '../layout/forms.module.css';
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';

interface ChangePassphraseFormProps {
  onDone: () => void;
  onCancel: () => void;
}

export function ChangePassphraseForm({ onDone, onCancel }: ChangePassphraseFormProps) {
  const { profiles } = useVault();
  const { changePassphrase } = useVaultControls();
  const names = Object.values(profiles).map((profile) => profile.name);
  const form = useNewPassphraseForm(names);
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);

  const showCurrentProblem = (message: string) => {
    setCurrentError(message);
    currentRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setProblem(null);
    if (current.length === 0) return showCurrentProblem('Please type your current passphrase.');
    const next = await form.validate();
    if (next === null) return;
    setIsSaving(true);
    try {
      await changePassphrase({ kind: 'passphrase', passphrase: current }, next);
      onDone();
    } catch (error) {
      setIsSaving(false);
      const found = passphraseChangeProblem(error);
      if (found.field === 'current') showCurrentProblem(found.message);
      else if (found.field === 'passphrase') form.showProblem('passphrase', found.message);
      else setProblem(found.message);
    }
  };

  return (
    <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseField
        label="Current passphrase"
        value={current}
        onChange={(value) => {
          setCurrent(value);
          setCurrentError(null);
        }}
        error={currentError}
        autoComplete="current-password"
        autoFocus
        inputRef={currentRef}
      />
      <NewPassphraseFields form={form} label="New passphrase" confirmationLabel="Type the new passphrase again" />
      <FormMessage message={problem} />
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Changing…' : 'Change passphrase'}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
