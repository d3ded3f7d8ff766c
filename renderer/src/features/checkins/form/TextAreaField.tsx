/** A labelled multi-line answer, with a quiet hint under it and the length limit kept by the field itself. */
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import styles from './FormFields.module.css';

interface TextAreaFieldProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
}

export function TextAreaField({ label, description, value, onChange, maxLength, rows = 3 }: TextAreaFieldProps) {
  return (
    <TextField className={styles.field} value={value} onChange={onChange} maxLength={maxLength}>
      <Label className={styles.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <TextArea className={styles.textarea} rows={rows} />
    </TextField>
  );
}
