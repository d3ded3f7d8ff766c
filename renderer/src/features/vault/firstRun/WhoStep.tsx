/**
 * "Who's here": your name and colour, and either your partner's now or a note that they will join later.
 * Nothing is saved here; the names are sealed with the vault at the end of the first run.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { ChoiceCards, type ChoiceCardOption } from '@renderer/ui/ChoiceCards';
import { partnerNameProblem } from '../forms/passphraseRules';
import { PersonFields } from '../forms/PersonFields';
import formStyles from '../layout/forms.module.css';
import { VaultPage } from '../layout/VaultPage';
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import type { People } from './firstRunFlow';
import styles from './FirstRun.module.css';

type Company = 'together' | 'alone';

const COMPANY_OPTIONS: readonly ChoiceCardOption<Company>[] = [
  { value: 'together', label: "We're both here", description: 'Each of you chooses a passphrase now.' },
  { value: 'alone', label: "I'm starting on my own", description: 'My partner can join later, from Settings.' },
];

interface WhoStepProps {
  eyebrow: string;
  initial: People | null;
  onChosen: (people: People) => void;
  onBack: () => void;
}

export function WhoStep({ eyebrow, initial, onChosen, onBack }: WhoStepProps) {
  const [a, setA] = useState<PartnerProfile>(initial?.a ?? { name: '', colour: 'ember' });
  const [b, setB] = useState<PartnerProfile>(initial?.b ?? { name: '', colour: 'sage' });
  const [company, setCompany] = useState<Company>(initial && !initial.b ? 'alone' : 'together');
  const [errors, setErrors] = useState<{ a?: string | null; b?: string | null }>({});
  const aRef = useRef<HTMLInputElement>(null);
  const bRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { a: partnerNameProblem(a.name), b: company === 'together' ? partnerNameProblem(b.name) : null };
    setErrors(found);
    if (found.a) return aRef.current?.focus();
    if (found.b) return bRef.current?.focus();
    const trimmed = (person: PartnerProfile) => ({ ...person, name: person.name.trim() });
    onChosen(company === 'together' ? { a: trimmed(a), b: trimmed(b) } : { a: trimmed(a) });
  };

  return (
    <VaultPage eyebrow={eyebrow} width="wide" title="Who's here?" lead="Your names stay sealed inside Hearth, like everything you write.">
      <form className={formStyles.form} onSubmit={submit} noValidate>
        <PersonFields
          nameLabel="Your name"
          colourLabel="Your colour"
          name={a.name}
          colour={a.colour}
          onNameChange={(name) => {
            setA({ ...a, name });
            setErrors({ ...errors, a: null });
          }}
          onColourChange={(colour) => setA({ ...a, colour })}
          nameError={errors.a}
          nameRef={aRef}
          autoFocus
        />
        <ChoiceCards label="Is your partner here too?" value={company} options={COMPANY_OPTIONS} onChange={setCompany} />
        {company === 'together' ? (
          <fieldset className={`${styles.person} ${styles.plainFieldset}`}>
            <legend className={styles.personTitle}>Your partner</legend>
            <PersonFields
              nameLabel="Your partner's name"
              colourLabel="Their colour"
              name={b.name}
              colour={b.colour}
              onNameChange={(name) => {
                setB({ ...b, name });
                setErrors({ ...errors, b: null });
              }}
              onColourChange={(colour) => setB({ ...b, colour })}
              nameError={errors.b}
              nameRef={bRef}
            />
          </fieldset>
        ) : null}
        <div className={styles.actions}>
          <Button onPress={onBack}>Back</Button>
          <Button type="submit" variant="primary">
            Continue
          </Button>
        </div>
      </form>
    </VaultPage>
  );
}
