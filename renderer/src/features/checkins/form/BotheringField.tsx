/**
 * "Is something bothering you?": yes or no, and with yes a note that can stay with its author. A kept note
 * is stored under the author's private key; the partner only learns that something is bothering them.
 */
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { CHECKIN_TEXT_MAX } from '@shared/checkins';
import { Toggle } from '@renderer/ui/Toggle';
import type { CheckinAnswers } from '../checkinAnswers';
import styles from './FormFields.module.css';
import { TextAreaField } from './TextAreaField';

interface BotheringFieldProps {
  answers: CheckinAnswers;
  partnerName: string;
  onChange: (patch: Partial<CheckinAnswers>) => void;
}

export function BotheringField({ answers, partnerName, onChange }: BotheringFieldProps) {
  return (
    <div className={styles.stack}>
      <RadioGroup
        className={styles.field}
        orientation="horizontal"
        value={answers.isBothered ? 'yes' : 'no'}
        onChange={(value) => onChange({ isBothered: value === 'yes' })}
      >
        <Label className={styles.label}>Is something bothering you?</Label>
        <div className={styles.choices}>
          <Radio value="no" className={styles.choice}>
            No
          </Radio>
          <Radio value="yes" className={styles.choice}>
            Yes
          </Radio>
        </div>
      </RadioGroup>
      {answers.isBothered ? (
        <div className={styles.nested}>
          <TextAreaField
            label="Would you like to say what it is?"
            description="As much or as little as you like."
            value={answers.botheringNote}
            onChange={(botheringNote) => onChange({ botheringNote })}
            maxLength={CHECKIN_TEXT_MAX}
          />
          <Toggle
            label="Keep this note to myself"
            description={`${partnerName} will see that something is on your mind, but not the note.`}
            isSelected={answers.isNotePrivate}
            onChange={(isNotePrivate) => onChange({ isNotePrivate })}
          />
        </div>
      ) : null}
    </div>
  );
}
