/**
 * Unlock with a passphrase. The field stays usable while the key is derived (the button shows progress),
 * and after a wrong try the text is kept and selected, so it can be corrected or typed over.
 */
import { useEffect } from 'react';
import { Button } from '@renderer/ui/Button';
import { validatePassphraseInput } from '@renderer/data/crypto/passphrase';
import { passphraseProblemText } from '../forms/passphraseRules';
import { PassphraseField } from '../forms/PassphraseField';
import formStyles from '../layout/forms.module.css';
import { TextButton } from '../layout/TextButton';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { useUnlockAttempt } from './useUnlockAttempt';

export function PassphraseUnlockForm({ onUseRecoveryKey }: { onUseRecoveryKey: () => void }) {
  const { unlock, warmUpKdf } = useVaultControls();
  // Start the key-derivation worker while the passphrase is typed: Enter then waits for Argon2id alone.
  useEffect(warmUpKdf, [warmUpKdf]);
  const form = useUnlockAttempt({
    kind: 'passphrase',
    precheck: (passphrase) => {
      const check = validatePassphraseInput(passphrase);
      return check.ok ? null : passphraseProblemText(check.reason, 'unlock');
    },
    attempt: unlock,
    selectOnProblem: true,
  });

  return (
    <form className={formStyles.form} onSubmit={(event) => void form.submit(event)} noValidate>
      <PassphraseField
        label="Passphrase"
        value={form.value}
        onChange={form.change}
        error={form.error}
        autoComplete="current-password"
        autoFocus
        inputRef={form.inputRef}
      />
      <Button type="submit" variant="primary" isDisabled={form.isUnlocking}>
        {form.isUnlocking ? 'Opening…' : 'Unlock'}
      </Button>
      <TextButton onPress={onUseRecoveryKey} align="center">Use a recovery key instead</TextButton>
    </form>
  );
}
