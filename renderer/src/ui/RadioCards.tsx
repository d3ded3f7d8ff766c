/**
 * A choice of one among a few, shown as a row of cards: react-aria's RadioGroup and Radio underneath, so the
 * group has a name, arrow keys move the choice, and each card reads as a radio button.
 */
import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import styles from './RadioCards.module.css';

export interface RadioCardOption<V extends string> {
  value: V;
  label: string;
  /** A short line under the label. */
  description?: string;
  /** A small picture of the choice (decorative; the label carries the meaning). */
  preview?: ReactNode;
}

interface RadioCardsProps<V extends string> {
  label: string;
  /** A line under the group's label, read as its description. */
  description?: string;
  value: V;
  options: readonly RadioCardOption<V>[];
  onChange: (value: V) => void;
}

export function RadioCards<V extends string>({ label, description, value, options, onChange }: RadioCardsProps<V>) {
  return (
    <RadioGroup
      className={styles.group}
      value={value}
      orientation="horizontal"
      onChange={(next) => {
        const chosen = options.find((option) => option.value === next);
        if (chosen) onChange(chosen.value);
      }}
    >
      <Label className={styles.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <div className={styles.cards}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className={styles.card}>
            {option.preview ? (
              <span className={styles.preview} aria-hidden="true">
                {option.preview}
              </span>
            ) : null}
            <span className={styles.cardLabel}>{option.label}</span>
            {option.description ? <span className={styles.cardDescription}>{option.description}</span> : null}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
