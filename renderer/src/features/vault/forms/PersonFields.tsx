/** A partner's name and colour, as one group of fields (first run, and inviting a partner later). */
import type { Ref } from 'react';
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import { PartnerColourPicker } from './PartnerColourPicker';
import { TextField } from '@renderer/ui/TextField';

type PartnerColour = PartnerProfile['colour'];

interface PersonFieldsProps {
  nameLabel: string;
  colourLabel: string;
  name: string;
  colour: PartnerColour;
  onNameChange: (name: string) => void;
  onColourChange: (colour: PartnerColour) => void;
  nameError?: string | null;
  autoFocus?: boolean;
  nameRef?: Ref<HTMLInputElement>;
}

export function PersonFields(props: PersonFieldsProps) {
  return (
    <>
      <TextField
        label={props.nameLabel}
        value={props.name}
        onChange={props.onNameChange}
        error={props.nameError}
        description="A first name or a nickname is fine."
        autoComplete="off"
        autoFocus={props.autoFocus}
        inputRef={props.nameRef}
        dir="auto"
      />
      <PartnerColourPicker label={props.colourLabel} value={props.colour} onChange={props.onColourChange} />
    </>
  );
}
