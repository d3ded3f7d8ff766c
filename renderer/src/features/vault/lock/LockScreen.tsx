/**
 * The lock screen: Hearth's name and one field. It names nobody (names are sealed with everything else);
 * the vault finds whose passphrase was typed. A recovery key can be used instead.
 */
import { useState } from 'react';
import { VaultPage } from '../layout/VaultPage';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';

export function LockScreen() {
  const [way, setWay] = useState<'passphrase' | 'recovery'>('passphrase');
  return (
    <VaultPage
      brand="emblem"
      title="Hearth"
      lead={
        way === 'passphrase'
          ? 'Your journal is locked. Welcome back.'
          : 'If a passphrase has slipped your mind, your recovery key opens Hearth instead.'
      }
    >
      {way === 'passphrase' ? (
        <PassphraseUnlockForm onUseRecoveryKey={() => setWay('recovery')} />
      ) : (
        <RecoveryUnlockForm onUsePassphrase={() => setWay('passphrase')} />
      )}
    </VaultPage>
  );
}
