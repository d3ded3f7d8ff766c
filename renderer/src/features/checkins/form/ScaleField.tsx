/**
 * One 1-5 scale as a radio group of five words: arrow keys move the choice, each point reads as its word,
 * and the chosen word stays highlighted. No numbers are shown.
 */
import type { Ref } from 'react';
import { isScaleValue, type ScaleDefinition, type ScaleValue } from '@shared/checkins';
import { Choice, ChoiceGroup } from '@renderer/ui/ChoiceGroup';
import styles from './ScaleField.module.css';

interface ScaleFieldProps {
  scale: ScaleDefinition;
  value: ScaleValue | undefined;
  onChange: (value: ScaleValue) => void;
  isInvalid: boolean;
  ref?: Ref<HTMLDivElement>;
}

export function ScaleField({ scale, value, onChange, isInvalid, ref }: ScaleFieldProps) {
  return (
    <ChoiceGroup
      groupRef={ref}
      className={styles.group}
      label={scale.question}
      value={value === undefined ? null : String(value)}
      isInvalid={isInvalid}
      error="Choose the word that fits best."
      onChange={(next) => {
        const number = Number(next);
        if (isScaleValue(number)) onChange(number);
      }}
    >
      <div className={styles.points}>
        {scale.words.map((word, index) => (
          <Choice key={word} value={String(index + 1)} className={styles.point ?? ''}>
            <span className={styles.dots} aria-hidden="true">
              {Array.from({ length: 5 }, (_, dot) => (
                <span key={dot} className={dot <= index ? styles.dotOn : styles.dot} />
              ))}
            </span>
            <span className={styles.word}>{word}</span>
          </Choice>
        ))}
      </div>
    </ChoiceGroup>
  );
}
