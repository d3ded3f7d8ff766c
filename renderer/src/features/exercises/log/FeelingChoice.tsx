/** "How did it feel?": five words from hard to lovely, as one row of pills; choosing none is fine. */
import { FEELING_WORDS, FEELINGS, type Feeling } from '@shared/exercises';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';

interface FeelingChoiceProps {
  value: Feeling | null;
  onChange: (value: Feeling | null) => void;
}

export function FeelingChoice({ value, onChange }: FeelingChoiceProps) {
  return (
    <ChoiceCards
      label="How did it feel?"
      description="There is no right answer. Skip it if you would rather not say."
      look="pills"
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(FEELINGS.find((feeling) => String(feeling) === next) ?? null)}
      options={FEELINGS.map((feeling) => ({ value: String(feeling), label: FEELING_WORDS[feeling] }))}
    />
  );
}
