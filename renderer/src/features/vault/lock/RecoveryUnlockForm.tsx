/**
 * Unlock with a recovery key. A key that is not one, or has a typo, is caught here before any
 * cryptography; a recovery unlock leads straight to choosing a new passphrase (see VaultGate).
 */
import { Button } from '@renderer/ui/Button';
import { parseRecoveryKey } from '@renderer/data/crypto/recoveryKey';
import { TextField } from '@renderer/ui/TextField';
import formStyles from '../layout/forms.module.css';
import { TextButton } from '../layout/TextButton';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { recoveryKeyFormatText } from './unlockMessages';
import { useUnlockAttempt } from './useUnlockAttempt';

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
  const form = useUnlockAttempt({ kind: 'recovery', precheck: formatProblem, attempt: unlockWithRecovery });

  return (
    <form className={formStyles.form} onSubmit={(event) => void form.submit(event)} noValidate>
      <TextField
        label="Recovery key"
        value={form.value}
        onChange={form.change}
        description="Fourteen groups of four letters and numbers, as on your saved copy. Dashes, spaces and small letters are all fine."
        error={form.error}
        autoComplete="off"
        look="code"
        autoFocus
        inputRef={form.inputRef}
      />
      <Button type="submit" variant="primary" isDisabled={form.isUnlocking}>
        {form.isUnlocking ? 'Opening…' : 'Unlock'}
      </Button>
      <TextButton onPress={onUsePassphrase} align="center">Use my passphrase instead</TextButton>
    </form>
  );
}
