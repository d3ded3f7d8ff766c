/**
 * A partner's colour, chosen from PARTNER_COLOURS: a radio group (ui/ChoiceGroup) of labelled swatches, so the
 * name of each colour carries the meaning and arrow keys move the choice.
 */
import { Choice, ChoiceGroup } from '@renderer/ui/ChoiceGroup';
import { PARTNER_COLOURS, type PartnerProfile } from '@renderer/data/service/profileRepo';
import { colourName, swatchClass } from './partnerColours';
import styles from './PartnerColourPicker.module.css';

type PartnerColour = PartnerProfile['colour'];

interface PartnerColourPickerProps {
  label: string;
  value: PartnerColour;
  onChange: (colour: PartnerColour) => void;
}

export function PartnerColourPicker({ label, value, onChange }: PartnerColourPickerProps) {
  return (
    <ChoiceGroup
      label={label}
      value={value}
      onChange={(next) => {
        const chosen = PARTNER_COLOURS.find((colour) => colour === next);
        if (chosen) onChange(chosen);
      }}
    >
      <div className={styles.swatches}>
        {PARTNER_COLOURS.map((colour) => (
          <Choice key={colour} value={colour} className={styles.option ?? ''}>
            <span className={`${styles.swatch} ${swatchClass(colour)}`} aria-hidden="true" />
            <span>{colourName(colour)}</span>
          </Choice>
        ))}
      </div>
    </ChoiceGroup>
  );
}
