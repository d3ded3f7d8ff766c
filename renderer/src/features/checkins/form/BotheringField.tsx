/**
 * "Is something bothering you?": yes or no, and with yes a note that can stay with its author. A kept note
 * is stored under the author's private key; the partner only learns that something is bothering them.
 */
import { CHECKIN_TEXT_MAX } from '@shared/checkins';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { TextArea } from '@renderer/ui/TextArea';
import { Toggle } from '@renderer/ui/Toggle';
import type { CheckinAnswers } from '../checkinAnswers';
import styles from './FormFields.module.css';

interface BotheringFieldProps {
  answers: CheckinAnswers;
  partnerName: string;
  onChange: (patch: Partial<CheckinAnswers>) => void;
}

export function BotheringField({ answers, partnerName, onChange }: BotheringFieldProps) {
  return (
    <div className={styles.stack}>
      <ChoiceCards
        label="Is something bothering you?"
        look="pills"
        value={answers.isBothered ? 'yes' : 'no'}
        onChange={(value) => onChange({ isBothered: value === 'yes' })}
        options={[
          { value: 'no', label: 'No' },
          { value: 'yes', label: 'Yes' },
        ]}
      />
      {answers.isBothered ? (
        <div className={styles.nested}>
          <TextArea
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
