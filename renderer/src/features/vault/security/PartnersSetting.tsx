/**
 * Settings › Partners: both partners' names and colours, as either of them may change them. Names are sealed
 * like everything else; saving writes the two profile records (shared, so either partner can edit both).
 */
import { useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { partnerNameProblem } from '../forms/passphraseRules';
import { PersonFields } from '../forms/PersonFields';
import { FormMessage } from '../layout/FormMessage';
import formStyles from '../layout/forms.module.css';
import styles from './PartnersSetting.module.css';
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';
import type { PartnerSlot } from '@renderer/data/storage/storedRecord';

type Drafts = Partial<Record<PartnerSlot, PartnerProfile>>;

export function PartnersSetting() {
  const { partner, profiles } = useVault();
  const { service, refreshProfiles } = useVaultControls();
  const [drafts, setDrafts] = useState<Drafts>(profiles);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'problem'; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const slots = (['a', 'b'] as const).filter((slot) => drafts[slot] !== undefined);
  const problems = Object.fromEntries(slots.map((slot) => [slot, partnerNameProblem(drafts[slot]!.name)]));

  const change = (slot: PartnerSlot, patch: Partial<PartnerProfile>) => {
    setOutcome(null);
    setDrafts((current) => ({ ...current, [slot]: { ...current[slot]!, ...patch } }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (slots.some((slot) => problems[slot])) return;
    setIsSaving(true);
    try {
      for (const slot of slots) await service.profiles.saveFor(slot, { ...drafts[slot]!, name: drafts[slot]!.name.trim() });
      await refreshProfiles();
      setOutcome({ tone: 'success', message: 'Saved.' });
    } catch {
      setOutcome({ tone: 'problem', message: "Hearth couldn't save that just now. Nothing was changed." });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className={formStyles.form} onSubmit={(event) => void save(event)} noValidate aria-label="Partners">
      {slots.map((slot) => (
        <fieldset key={slot} className={styles.person}>
          <PersonFields
            nameLabel={slot === partner ? 'Your name' : "Your partner's name"}
            colourLabel={slot === partner ? 'Your colour' : 'Their colour'}
            name={drafts[slot]!.name}
            colour={drafts[slot]!.colour}
            onNameChange={(name) => change(slot, { name })}
            onColourChange={(colour) => change(slot, { colour })}
            nameError={problems[slot]}
          />
        </fieldset>
      ))}
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save names and colours'}
        </Button>
      </div>
      <FormMessage message={outcome?.message ?? null} tone={outcome?.tone} />
    </form>
  );
}
