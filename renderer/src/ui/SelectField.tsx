/**
 * A labelled choice from a list, as the browser's own select: it works with every keyboard and screen
 * reader, and long lists (grouped under headings) stay easy to scan. Styled like the other fields.
 */
import { useId } from 'react';
import field from './field.module.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: readonly SelectOption[];
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, meaning "none chosen" or "all" (value ''). */
  emptyLabel: string;
  options?: readonly SelectOption[];
  /** Options under headings; empty groups are left out. */
  groups?: readonly SelectGroup[];
}

export function SelectField({ label, value, onChange, emptyLabel, options = [], groups = [] }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={field.field}>
      <label className={field.label} htmlFor={id}>
        {label}
      </label>
      <select id={id} className={`${field.control} ${field.fit}`} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}
