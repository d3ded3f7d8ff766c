/**
 * "Invite your partner", for a vault one person started alone: a button, the invitation form, then the new
 * partner's recovery key shown once. When they are done the names are read again, and this setting,
 * which only shows while there is one partner, goes away.
 */
import { useState } from 'react';
import { Button } from '@renderer/ui/Button';
import formStyles from '../layout/forms.module.css';
import { useFocusOnMount } from '../layout/useFocusOnMount';
import { RecoveryKeyHandover } from '../recovery/RecoveryKeyHandover';
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { InvitePartnerForm } from './InvitePartnerForm';

type Phase = { kind: 'closed'; hasBeenOpen: boolean } | { kind: 'form' } | { kind: 'key'; profile: PartnerProfile; recoveryKey: string };

export function InvitePartnerSetting() {
  const { refreshProfiles } = useVaultControls();
  const [phase, setPhase] = useState<Phase>({ kind: 'closed', hasBeenOpen: false });
  const [isFinishing, setIsFinishing] = useState(false);

  switch (phase.kind) {
    case 'closed':
      return (
        <div>
          <Button onPress={() => setPhase({ kind: 'form' })} autoFocus={phase.hasBeenOpen}>
            Invite your partner…
          </Button>
        </div>
      );
    case 'form':
      return (
        <InvitePartnerForm
          onJoined={(joined) => setPhase({ kind: 'key', ...joined })}
          onCancel={() => setPhase({ kind: 'closed', hasBeenOpen: true })}
        />
      );
    case 'key':
      return (
        <JoinedKey
          profile={phase.profile}
          recoveryKey={phase.recoveryKey}
          isFinishing={isFinishing}
          onDone={() => {
            setIsFinishing(true);
            void refreshProfiles();
          }}
        />
      );
  }
}

interface JoinedKeyProps {
  profile: PartnerProfile;
  recoveryKey: string;
  isFinishing: boolean;
  onDone: () => void;
}

function JoinedKey({ profile, recoveryKey, isFinishing, onDone }: JoinedKeyProps) {
  const introRef = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className={formStyles.form}>
      <p ref={introRef} tabIndex={-1}>
        {profile.name} has joined. {profile.name}, here is your recovery key: if your passphrase ever slips your mind, it
        opens Hearth instead. It is shown only this once.
      </p>
      <RecoveryKeyHandover recoveryKey={recoveryKey} ownerName={profile.name} continueLabel="Done" isContinuing={isFinishing} onContinue={onDone} />
    </div>
  );
}
