/**
 * One choice among several, over react-aria's RadioGroup and Radio: the group has a name (its label), arrow
 * keys move the choice, each option reads as a radio button, and an error is tied to the group. Use
 * ChoiceCards for the usual looks; use these two directly when each option draws its own content (a scale
 * with dots, a colour swatch), giving `Choice` a class that composes a look from choice.module.css.
 */
import type { ReactNode, Ref } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import field from './field.module.css';

interface ChoiceGroupProps {
  label: string;
  /** A line under the label, read as the group's description. */
  description?: ReactNode;
  value: string | null;
  onChange: (value: string) => void;
  /** Shown (and announced) only while `isInvalid`. */
  error?: string;
  isInvalid?: boolean;
  orientation?: 'horizontal' | 'vertical';
  /** The group's layout class; the field's column by default. */
  className?: string;
  /** The label's class; a bold field label by default. */
  labelClassName?: string;
  groupRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}

export function ChoiceGroup({ label, description, value, onChange, error, isInvalid, orientation = 'horizontal', className, labelClassName, groupRef, children }: ChoiceGroupProps) {
  return (
    <RadioGroup
      ref={groupRef}
      className={className ?? field.field}
      value={value}
      orientation={orientation}
      isInvalid={isInvalid}
      onChange={onChange}
    >
      <Label className={labelClassName ?? field.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={field.description}>
          {description}
        </Text>
      ) : null}
      {children}
      {error ? <FieldError className={field.error}>{error}</FieldError> : null}
    </RadioGroup>
  );
}

interface ChoiceProps {
  value: string;
  className: string;
  children: ReactNode;
}

/** One option of a ChoiceGroup: a label around a visually hidden radio input. */
export function Choice({ value, className, children }: ChoiceProps) {
  return (
    <Radio value={value} className={className}>
      {children}
    </Radio>
  );
}
