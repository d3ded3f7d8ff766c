/**
 * Any number of choices from a short list, over react-aria's CheckboxGroup and Checkbox: the group has a
 * name, each box is a real checkbox read with its label, Space toggles it. Drawn as a list of ticked boxes,
 * or as chips in a row.
 */
import type { Ref } from 'react';
import { Checkbox, CheckboxGroup as AriaCheckboxGroup, Label, Text } from 'react-aria-components';
import field from './field.module.css';
import styles from './CheckboxGroup.module.css';

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
}

interface CheckboxGroupProps<V extends string> {
  label: string;
  description?: string;
  value: readonly V[];
  options: readonly CheckboxOption<V>[];
  onChange: (values: V[]) => void;
  look?: 'list' | 'chips';
  groupRef?: Ref<HTMLDivElement>;
}

export function CheckboxGroup<V extends string>({ label, description, value, options, onChange, look = 'list', groupRef }: CheckboxGroupProps<V>) {
  return (
    <AriaCheckboxGroup
      ref={groupRef}
      className={field.field}
      value={[...value]}
      onChange={(next) => onChange(options.filter((option) => next.includes(option.value)).map((option) => option.value))}
    >
      <Label className={field.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={field.description}>
          {description}
        </Text>
      ) : null}
      <div className={look === 'chips' ? styles.chips : styles.list}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className={`${styles.checkbox} ${look === 'chips' ? styles.chip : ''}`}>
            <span className={styles.box} aria-hidden="true">
              <svg viewBox="0 0 16 16" className={styles.tick}>
                <path d="M3.5 8.5l3 3 6-7" />
              </svg>
            </span>
            {option.label}
          </Checkbox>
        ))}
      </div>
    </AriaCheckboxGroup>
  );
}
