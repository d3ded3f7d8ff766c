/**
 * A passphrase for one partner, typed twice with strength advice. For the second partner it is a
 * handover ("Pass the keyboard to …"), and their passphrase must differ from the first one's.
 */
import type { FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { useNewPassphraseForm } from '../forms/useNewPassphraseForm';
import { FormMessage } from '../layout/FormMessage';
import formStyles from '../layout/forms.module.css';
import { VaultPage } from '../layout/VaultPage';
import type { PartnerSlot } from '@renderer/data/storage/storedRecord';
import type { People } from './firstRunFlow';
import styles from './FirstRun.module.css';

interface PassphraseStepProps {
  eyebrow: string;
  partner: PartnerSlot;
  people: People;
  /** The first partner's passphrase, which the second's may not equal. */
  otherPassphrase?: string;
  didSealFail: boolean;
  onChosen: (passphrase: string) => void;
  onBack: () => void;
}

function Lead({ partner, people }: { partner: PartnerSlot; people: People }) {
  if (partner === 'b' && people.b) {
    return (
      <>
        <p>{people.b.name}, choose a passphrase of your own. It opens Hearth for you, with your private page.</p>
        <p>{people.a.name}, this is a kind moment to look away.</p>
      </>
    );
  }
  return (
    <>
      <p>It opens Hearth for you, and only you. A few unrelated words are easy to remember and hard to guess.</p>
      <p>Hearth can&apos;t look it up for you later. The recovery key you&apos;ll get in a moment can stand in if it slips your mind.</p>
    </>
  );
}

export function PassphraseStep({ eyebrow, partner, people, otherPassphrase, didSealFail, onChosen, onBack }: PassphraseStepProps) {
  const names = [people.a.name, people.b?.name ?? ''].filter(Boolean);
  const form = useNewPassphraseForm(names);
  const isLast = partner === 'b' || !people.b;
  const title = partner === 'b' && people.b ? `Pass the keyboard to ${people.b.name}` : people.b ? `${people.a.name}, choose your passphrase` : 'Choose your passphrase';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = await form.validate(otherPassphrase);
    if (chosen !== null) onChosen(chosen);
  };

  return (
    <VaultPage eyebrow={eyebrow} title={title} lead={<Lead partner={partner} people={people} />}>
      <form className={formStyles.form} onSubmit={submit} noValidate>
        <NewPassphraseFields form={form} autoFocus />
        <FormMessage
          message={didSealFail ? "Hearth couldn't finish sealing your journal, and nothing was saved. Please type the passphrase again to try once more." : null}
        />
        <div className={styles.actions}>
          <Button onPress={onBack}>Back</Button>
          <Button type="submit" variant="primary">
            {isLast ? 'Seal our journal' : 'Continue'}
          </Button>
        </div>
      </form>
    </VaultPage>
  );
}
