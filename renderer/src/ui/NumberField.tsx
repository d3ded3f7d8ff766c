/**
 * A whole number with − and + beside it, over react-aria's NumberField: arrow keys and the buttons step it,
 * it stays within min and max, and the buttons are named ("Decrease", "Increase") by react-aria.
 */
import type { ReactNode } from 'react';
import { Button, Group, Input, Label, NumberField as AriaNumberField, Text } from 'react-aria-components';
import field from './field.module.css';
import styles from './NumberField.module.css';

interface NumberFieldProps {
  label: string;
  description?: ReactNode;
  value: number;
  /** Called with NaN while the field is empty; the caller decides what that means. */
  onChange: (value: number) => void;
  minValue: number;
  maxValue: number;
  step?: number;
  /** A fuller name than the visible label, when several fields share it ("Times a week for The 20-minute talk"). */
  'aria-label'?: string;
  /** A quiet, small label, for a field repeated on every item of a list. */
  isLabelQuiet?: boolean;
  className?: string;
}

export function NumberField({ label, description, value, onChange, minValue, maxValue, step = 1, isLabelQuiet, className, ...rest }: NumberFieldProps) {
  return (
    <AriaNumberField
      className={`${field.field} ${className ?? ''}`}
      value={value}
      onChange={onChange}
      minValue={minValue}
      maxValue={maxValue}
      step={step}
      aria-label={rest['aria-label']}
    >
      <Label className={isLabelQuiet ? styles.quietLabel : field.label}>{label}</Label>
      <Group className={styles.stepper}>
        <Button slot="decrement" className={styles.step}>
          −
        </Button>
        <Input className={`${field.control} ${field.number}`} />
        <Button slot="increment" className={styles.step}>
          +
        </Button>
      </Group>
      {description ? (
        <Text slot="description" className={field.description}>
          {description}
        </Text>
      ) : null}
    </AriaNumberField>
  );
}
