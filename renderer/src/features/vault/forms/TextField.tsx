/**
 * A labelled text or passphrase field over react-aria's TextField: the label, an optional description and
 * the error are tied to the input (aria-describedby, aria-invalid), so a screen reader reads them with it.
 * Validation is the form's: it passes `error` (announced as it appears), and nothing is checked natively.
 */
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import styles from './TextField.module.css';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password';
  description?: ReactNode;
  error?: string | null;
  autoComplete?: string;
  autoFocus?: boolean;
  isDisabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** For names, which may be written right to left. */
  dir?: 'auto';
  /** Monospace and spaced, for recovery keys. */
  look?: 'plain' | 'code';
  onKeyEvent?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function TextField({ label, value, onChange, type = 'text', description, error, look = 'plain', inputRef, dir, onKeyEvent, ...rest }: TextFieldProps) {
  return (
    <AriaTextField
      className={styles.field}
      value={value}
      onChange={onChange}
      type={type}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      autoComplete={rest.autoComplete}
      autoFocus={rest.autoFocus}
      isDisabled={rest.isDisabled}
      spellCheck={type === 'password' || look === 'code' ? 'false' : undefined}
    >
      <Label className={styles.label}>{label}</Label>
      <Input
        ref={inputRef}
        className={`${styles.input} ${look === 'code' ? styles.code : ''}`}
        dir={dir}
        data-autofocus={rest.autoFocus || undefined}
        autoCapitalize={type === 'password' || look === 'code' ? 'off' : undefined}
        autoCorrect="off"
        onKeyDown={onKeyEvent}
        onKeyUp={onKeyEvent}
      />
      {description ? (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      ) : null}
      <FieldError className={styles.error}>
        {/* An alert, so a problem is heard even when focus is already in the field. */}
        <span role="alert">{error}</span>
      </FieldError>
    </AriaTextField>
  );
}
