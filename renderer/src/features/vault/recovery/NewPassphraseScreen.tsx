/**
 * After a recovery-key unlock, before anything else: the partner chooses a new passphrase (typed twice,
 * with strength advice). Only the passphrase's wrap of the keys changes; no entry is touched.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { passphraseChangeProblem } from '../forms/passphraseChangeProblem';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { useNewPassphraseForm } from '../forms/useNewPassphraseForm';
import { FormMessage } from '../layout/FormMessage';
import formStyles from '../layout/forms.module.css';
import { VaultPage } from '../layout/VaultPage';
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';

export function NewPassphraseScreen() {
  const { profiles } = useVault();
  const { chooseNewPassphrase } = useVaultControls();
  const names = Object.values(profiles).map((profile) => profile.name);
  const form = useNewPassphraseForm(names);
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const next = await form.validate();
    if (next === null) return;
    setProblem(null);
    setIsSaving(true);
    try {
      await chooseNewPassphrase(next);
    } catch (error) {
      setIsSaving(false);
      const found = passphraseChangeProblem(error);
      if (found.field === 'passphrase') form.showProblem('passphrase', found.message);
      else setProblem(found.message);
    }
  };

  return (
    <VaultPage
      title="Choose a new passphrase"
      lead={
        <>
          <p>Your recovery key opened Hearth. Now choose a passphrase to use from here on.</p>
          <p>Your recovery key keeps working too, so keep it where it is.</p>
        </>
      }
    >
      <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
        <NewPassphraseFields form={form} label="New passphrase" autoFocus />
        <FormMessage message={problem} />
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save and open Hearth'}
        </Button>
      </form>
    </VaultPage>
  );
}
