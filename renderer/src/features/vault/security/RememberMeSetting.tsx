/**
 * "Remember me on this computer": off by default, unavailable (with the reason) where the keychain is not
 * really protected. Turning it on asks for the passphrase once, to make and check the key main keeps.
 */
import { useState } from 'react';
import { FormMessage } from '../layout/FormMessage';
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';
import { FORGOTTEN_TEXT, rememberDescription } from './rememberMessages';
import { RememberPassphraseForm } from './RememberPassphraseForm';
import { Toggle } from '@renderer/ui/Toggle';
import { useKeychainStatus } from './useKeychainStatus';

type Outcome = { tone: 'problem' | 'success'; message: string } | null;

export function RememberMeSetting() {
  const keychain = useKeychainStatus();
  const { partner } = useVault();
  const { rememberedPartner, forget } = useVaultControls();
  const [isAsking, setIsAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const isRemembered = partner !== null && rememberedPartner === partner;
  const isAvailable = keychain.phase === 'known' && keychain.status.availability === 'available';

  const turnOff = async () => {
    try {
      await forget();
      setOutcome({ tone: 'success', message: FORGOTTEN_TEXT });
    } catch {
      setOutcome({ tone: 'problem', message: "Hearth couldn't forget the key just now. Please try again." });
    }
  };

  const onChange = (isOn: boolean) => {
    setOutcome(null);
    if (isOn) setIsAsking(true);
    else if (isAsking) setIsAsking(false);
    else void turnOff();
  };

  return (
    <>
      <Toggle
        label="Remember me on this computer"
        description={rememberDescription(keychain)}
        isSelected={isRemembered || isAsking}
        isDisabled={!isAvailable && !isRemembered}
        onChange={onChange}
      />
      {isAsking ? (
        <RememberPassphraseForm
          onDone={(message) => {
            setIsAsking(false);
            setOutcome({ tone: 'success', message });
          }}
          onCancel={() => setIsAsking(false)}
        />
      ) : null}
      <FormMessage message={outcome?.message ?? null} tone={outcome?.tone} />
    </>
  );
}
