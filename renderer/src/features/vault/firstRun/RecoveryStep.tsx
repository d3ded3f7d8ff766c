/** One partner's recovery key, shown once, with the promise to keep it before going on. */
import { VaultPage } from '../layout/VaultPage';
import { RecoveryKeyHandover } from '../recovery/RecoveryKeyHandover';
import type { PartnerSlot } from '@renderer/data/storage/storedRecord';
import type { People } from './firstRunFlow';

interface RecoveryStepProps {
  eyebrow: string;
  partner: PartnerSlot;
  people: People;
  recoveryKey: string;
  isOpening: boolean;
  onKept: () => void;
}

export function RecoveryStep({ eyebrow, partner, people, recoveryKey, isOpening, onKept }: RecoveryStepProps) {
  const owner = partner === 'b' ? people.b : people.a;
  const hasNext = partner === 'a' && people.b !== undefined;
  const title = people.b && owner ? `${owner.name}'s recovery key` : 'Your recovery key';
  return (
    <VaultPage
      eyebrow={eyebrow}
      width="wide"
      title={title}
      lead={
        <>
          {people.b && owner ? <p>{owner.name}, this one is yours.</p> : null}
          <p>
            If your passphrase ever slips your mind, this key opens Hearth instead. It is shown only this once, so please
            keep a copy now: save it, print it, or write it down.
          </p>
        </>
      }
    >
      <RecoveryKeyHandover
        key={partner}
        recoveryKey={recoveryKey}
        ownerName={owner?.name}
        continueLabel={hasNext && people.b ? `Next: ${people.b.name}'s key` : 'Open Hearth'}
        isContinuing={isOpening}
        onContinue={onKept}
      />
    </VaultPage>
  );
}
