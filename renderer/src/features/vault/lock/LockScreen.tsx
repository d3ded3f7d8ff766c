/**
 * The lock screen: Hearth's name and one field. It names nobody (names are sealed with everything else);
 * the vault finds whose passphrase was typed. A recovery key can be used instead. After main reopened Hearth
 * following a crash, it says so once.
 */
import { useState } from 'react';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { VaultPage } from '../layout/VaultPage';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { useReopenedAfterCrash } from './useReopenedAfterCrash';

export function LockScreen() {
  const [way, setWay] = useState<'passphrase' | 'recovery'>('passphrase');
  const reopenedAfterCrash = useReopenedAfterCrash();
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
      {reopenedAfterCrash ? (
        <InlineNotice>
          Hearth closed unexpectedly and was reopened. Everything you saved is safe; unlock to carry on.
        </InlineNotice>
      ) : null}
      {way === 'passphrase' ? (
        <PassphraseUnlockForm onUseRecoveryKey={() => setWay('recovery')} />
      ) : (
        <RecoveryUnlockForm onUsePassphrase={() => setWay('passphrase')} />
      )}
    </VaultPage>
  );
}
