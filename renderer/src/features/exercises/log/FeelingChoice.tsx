/** "How did it feel?": five words from hard to lovely, as one radio group; choosing none is fine. */
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { FEELING_WORDS, FEELINGS, type Feeling } from '@shared/exercises';
import styles from './fields.module.css';

interface FeelingChoiceProps {
  value: Feeling | null;
  onChange: (value: Feeling | null) => void;
}

export function FeelingChoice({ value, onChange }: FeelingChoiceProps) {
  return (
    <RadioGroup
      className={styles.field}
      value={value === null ? null : String(value)}
      orientation="horizontal"
      onChange={(next) => onChange(FEELINGS.find((feeling) => String(feeling) === next) ?? null)}
    >
      <Label className={styles.label}>How did it feel?</Label>
      <Text slot="description" className={styles.description}>
        There is no right answer. Skip it if you would rather not say.
      </Text>
      <div className={styles.choices}>
        {FEELINGS.map((feeling) => (
          <Radio key={feeling} value={String(feeling)} className={styles.choice}>
            {FEELING_WORDS[feeling]}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
