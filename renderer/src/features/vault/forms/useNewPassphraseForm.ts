/**
 * The state of a "choose a passphrase, type it twice" form: both values, their errors, and refs to move
 * focus to the first field with a problem. The passphrases live only in this form's state and go when it
 * unmounts. `userInputs` (the partners' names) count against a passphrase's strength.
 */
import { useCallback, useRef, useState } from 'react';
import { checkNewPassphrase, hasErrors, type NewPassphraseErrors } from './passphraseRules';
import { loadedStrengthEstimator, loadStrengthEstimator } from './strengthEstimator';

export interface NewPassphraseForm {
  passphrase: string;
  userInputs: readonly string[];
  confirmation: string;
  errors: NewPassphraseErrors;
  setPassphrase: (value: string) => void;
  setConfirmation: (value: string) => void;
  passphraseRef: React.RefObject<HTMLInputElement | null>;
  confirmationRef: React.RefObject<HTMLInputElement | null>;
  /**
   * Checks both fields, the strength floor included (waiting for the estimator if it is still loading);
   * answers the passphrase when they are fine, else shows the errors and answers null.
   */
  validate: (mustDifferFrom?: string) => Promise<string | null>;
  /** Shows a problem found later (for example by the vault service) on one field, and focuses it. */
  showProblem: (field: keyof NewPassphraseErrors, message: string) => void;
}

const NO_INPUTS: readonly string[] = [];

export function useNewPassphraseForm(userInputs: readonly string[] = NO_INPUTS): NewPassphraseForm {
  const [passphrase, setPassphraseValue] = useState('');
  const [confirmation, setConfirmationValue] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  const focusField = useCallback((field: keyof NewPassphraseErrors) => {
    (field === 'passphrase' ? passphraseRef : confirmationRef).current?.focus();
  }, []);

  const showProblem = useCallback(
    (field: keyof NewPassphraseErrors, message: string) => {
      setErrors({ [field]: message });
      focusField(field);
    },
    [focusField],
  );

  const validate = async (mustDifferFrom?: string): Promise<string | null> => {
    // Loaded as the form opened, almost always: then nothing is awaited, and the step cannot change under
    // someone still typing. Otherwise wait for it (null when it cannot load: the length rule stands in).
    const estimate = loadedStrengthEstimator() ?? (await loadStrengthEstimator().catch(() => null));
    const score = estimate ? estimate(passphrase, userInputs).score : null;
    const found = checkNewPassphrase(passphrase, confirmation, score, mustDifferFrom);
    setErrors(found);
    if (!hasErrors(found)) return passphrase;
    focusField(found.passphrase ? 'passphrase' : 'confirmation');
    return null;
  };

  const setPassphrase = (value: string) => {
    setPassphraseValue(value);
    setErrors((current) => (current.passphrase ? { ...current, passphrase: undefined } : current));
  };
  const setConfirmation = (value: string) => {
    setConfirmationValue(value);
    setErrors((current) => (current.confirmation ? { ...current, confirmation: undefined } : current));
  };

  return { passphrase, userInputs, confirmation, errors, setPassphrase, setConfirmation, passphraseRef, confirmationRef, validate, showProblem };
}
