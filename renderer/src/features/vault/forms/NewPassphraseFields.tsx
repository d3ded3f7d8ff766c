/** The two fields of a new passphrase, with strength advice under the first. */
import type { NewPassphraseForm } from './useNewPassphraseForm';
import { PassphraseField } from './PassphraseField';
import { PassphraseStrength } from './PassphraseStrength';
import { usePassphraseStrength } from './usePassphraseStrength';
import styles from './NewPassphraseFields.module.css';

interface NewPassphraseFieldsProps {
  /** The form's state; its `userInputs` (the partners' names) count against the passphrase's strength. */
  form: NewPassphraseForm;
  label?: string;
  confirmationLabel?: string;
  autoFocus?: boolean;
  isDisabled?: boolean;
}

export function NewPassphraseFields({ form, label = 'Passphrase', confirmationLabel = 'Type it again', autoFocus, isDisabled }: NewPassphraseFieldsProps) {
  const advice = usePassphraseStrength(form.passphrase, form.userInputs);
  return (
    <div className={styles.fields}>
      <PassphraseField
        label={label}
        value={form.passphrase}
        onChange={form.setPassphrase}
        error={form.errors.passphrase}
        description={<PassphraseStrength advice={advice} />}
        autoComplete="new-password"
        autoFocus={autoFocus}
        isDisabled={isDisabled}
        inputRef={form.passphraseRef}
      />
      <PassphraseField
        label={confirmationLabel}
        value={form.confirmation}
        onChange={form.setConfirmation}
        error={form.errors.confirmation}
        autoComplete="new-password"
        isDisabled={isDisabled}
        inputRef={form.confirmationRef}
      />
    </div>
  );
}
