/**
 * A choice of one among a few, drawn as cards (a label, a line under it, a small picture), pills or a
 * segmented control. It is a ChoiceGroup underneath: the group has a name, arrow keys move the choice, and
 * each option reads as a radio button named by its label and description.
 */
import type { ReactNode } from 'react';
import { Choice, ChoiceGroup } from './ChoiceGroup';
import styles from './choice.module.css';

export interface ChoiceCardOption<V extends string> {
  value: V;
  label: string;
  /** A short line under the label. */
  description?: string;
  /** One more quiet line (a budget, a length). */
  detail?: string;
  /** A small picture of the choice (decorative; the label carries the meaning). */
  preview?: ReactNode;
}

interface ChoiceCardsProps<V extends string> {
  label: string;
  /** A line under the group's label, read as its description. */
  description?: string;
  /** `null` while nothing is chosen yet. */
  value: V | null;
  options: readonly ChoiceCardOption<V>[];
  onChange: (value: V) => void;
  /** cards (default); pills for a row of short words; segments for a compact switch between views. */
  look?: 'cards' | 'pills' | 'segments';
  /** Wider cards, for options with a sentence or two. */
  isWide?: boolean;
  /** A quiet label beside the choices instead of a bold one above ("Show by"). */
  isLabelInline?: boolean;
}

export function ChoiceCards<V extends string>({ label, description, value, options, onChange, look = 'cards', isWide, isLabelInline }: ChoiceCardsProps<V>) {
  const layout = look === 'cards' ? `${styles.cards} ${isWide ? styles.wide : ''}` : look === 'pills' ? styles.pills : styles.segments;
  const optionClass = look === 'cards' ? `${styles.tile} ${styles.dotted}` : ((look === 'pills' ? styles.pill : styles.segment) ?? '');
  return (
    <ChoiceGroup
      label={label}
      description={description}
      value={value}
      className={isLabelInline ? styles.inline : undefined}
      labelClassName={isLabelInline ? styles.inlineLabel : undefined}
      onChange={(next) => {
        const chosen = options.find((option) => option.value === next);
        if (chosen) onChange(chosen.value);
      }}
    >
      <div className={layout}>
        {options.map((option) => (
          <Choice key={option.value} value={option.value} className={optionClass}>
            {look === 'cards' ? <CardContent option={option} /> : option.label}
          </Choice>
        ))}
      </div>
    </ChoiceGroup>
  );
}

function CardContent<V extends string>({ option }: { option: ChoiceCardOption<V> }) {
  return (
    <>
      {option.preview ? (
        <span className={styles.preview} aria-hidden="true">
          {option.preview}
        </span>
      ) : null}
      <span className={styles.cardLabel}>{option.label}</span>
      {option.description ? <span className={styles.cardDescription}>{option.description}</span> : null}
      {option.detail ? <span className={styles.cardDescription}>{option.detail}</span> : null}
    </>
  );
}
