/**
 * A search box over react-aria's SearchField: a searchbox role named by its label, Escape clears it, and a
 * clear button (named, shown only while there is something to clear).
 */
import { Button, Input, Label, SearchField as AriaSearchField } from 'react-aria-components';
import field from './field.module.css';
import styles from './SearchField.module.css';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The clear button's name ("Clear the search"). */
  clearLabel: string;
}

export function SearchField({ label, value, onChange, clearLabel }: SearchFieldProps) {
  return (
    <AriaSearchField className={`${field.field} ${styles.search}`} value={value} onChange={onChange}>
      <Label className={field.label}>{label}</Label>
      <div className={styles.box}>
        <Input className={`${field.control} ${field.search}`} dir="auto" />
        <Button className={styles.clear} aria-label={clearLabel}>
          <span aria-hidden="true">×</span>
        </Button>
      </div>
    </AriaSearchField>
  );
}
