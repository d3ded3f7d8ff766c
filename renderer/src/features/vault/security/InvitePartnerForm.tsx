/**
 * Inviting the second partner: their name and colour, their passphrase (typed by them, twice), and the
 * present partner's passphrase to confirm. Nothing is saved until all of it is valid. Answers their
 * recovery key, which the caller shows once.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { NewPassphraseFields } from '../forms/NewPassphraseFields';
import { PassphraseField } from '../forms/PassphraseField';
import { partnerNameProblem } from '../forms/passphraseRules';
import { PersonFields } from '../forms/PersonFields';
import { useNewPassphraseForm } from '../forms/useNewPassphraseForm';
import { FormMessage } from '../layout/FormMessage';
import formStyles from '../layout/forms.module.css';
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';
import { inviteProblem } from './inviteProblem';

interface InvitePartnerFormProps {
  onJoined: (joined: { profile: PartnerProfile; recoveryKey: string }) => void;
  onCancel: () => void;
}

export function InvitePartnerForm({ onJoined, onCancel }: InvitePartnerFormProps) {
  const { profiles } = useVault();
  const { service } = useVaultControls();
  const [profile, setProfile] = useState<PartnerProfile>({ name: '', colour: profiles.a?.colour === 'sage' ? 'ember' : 'sage' });
  const [nameError, setNameError] = useState<string | null>(null);
  const names = [profiles.a?.name ?? '', profile.name].filter(Boolean);
  const theirs = useNewPassphraseForm(names);
  const [yours, setYours] = useState('');
  const [yoursError, setYoursError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const yoursRef = useRef<HTMLInputElement>(null);

  const showYoursProblem = (message: string) => {
    setYoursError(message);
    yoursRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setProblem(null);
    const nameProblem = partnerNameProblem(profile.name);
    setNameError(nameProblem);
    if (nameProblem) return nameRef.current?.focus();
    const passphrase = await theirs.validate();
    if (passphrase === null) return;
    if (yours.length === 0) return showYoursProblem('Please type your own passphrase to confirm.');
    setIsSaving(true);
    try {
      const joined = { ...profile, name: profile.name.trim() };
      const recoveryKey = await service.addPartner({ current: { kind: 'passphrase', passphrase: yours }, profile: joined, passphrase });
      onJoined({ profile: joined, recoveryKey });
    } catch (error) {
      setIsSaving(false);
      const found = inviteProblem(error);
      if (found.field === 'yours') showYoursProblem(found.message);
      else if (found.field === 'theirs') theirs.showProblem('passphrase', found.message);
      else setProblem(found.message);
    }
  };

  return (
    <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
      <PersonFields
        nameLabel="Your partner's name"
        colourLabel="Their colour"
        name={profile.name}
        colour={profile.colour}
        onNameChange={(name) => setProfile({ ...profile, name })}
        onColourChange={(colour) => setProfile({ ...profile, colour })}
        nameError={nameError}
        nameRef={nameRef}
        autoFocus
      />
      <p className={formStyles.note}>Now pass the keyboard to your partner, so they can choose a passphrase of their own.</p>
      <NewPassphraseFields form={theirs} label="Their passphrase" confirmationLabel="Type their passphrase again" />
      <p className={formStyles.note}>Then, to confirm it&apos;s you inviting them:</p>
      <PassphraseField
        label="Your passphrase"
        value={yours}
        onChange={(value) => {
          setYours(value);
          setYoursError(null);
        }}
        error={yoursError}
        autoComplete="current-password"
        inputRef={yoursRef}
      />
      <FormMessage message={problem} />
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Adding…' : 'Add my partner'}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
