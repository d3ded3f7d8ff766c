/** While the keys are made (one Argon2id run per partner, in a worker): a calm line, and a page that stays responsive. */
import { Busy } from '../layout/Busy';
import { VaultPage } from '../layout/VaultPage';

export function SealingStep({ eyebrow }: { eyebrow: string }) {
  return (
    <VaultPage eyebrow={eyebrow} title="Sealing your journal…" lead="Hearth is making the keys that lock your journal. This takes a moment.">
      <Busy label="Sealing your journal…" />
    </VaultPage>
  );
}
