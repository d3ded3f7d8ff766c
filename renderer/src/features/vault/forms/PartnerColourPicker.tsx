/**
 * A partner's colour, chosen from PARTNER_COLOURS: a radio group (react-aria) of labelled swatches, so the
 * name of each colour carries the meaning and arrow keys move the choice.
 */
import { Label, Radio, RadioGroup } from 'react-aria-components';
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
    <RadioGroup
      className={styles.group}
      value={value}
      orientation="horizontal"
      onChange={(next) => {
        const chosen = PARTNER_COLOURS.find((colour) => colour === next);
        if (chosen) onChange(chosen);
      }}
    >
      <Label className={styles.label}>{label}</Label>
      <div className={styles.swatches}>
        {PARTNER_COLOURS.map((colour) => (
          <Radio key={colour} value={colour} className={styles.option}>
            <span className={`${styles.swatch} ${swatchClass(colour)}`} aria-hidden="true" />
            <span>{colourName(colour)}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
