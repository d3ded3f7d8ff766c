/**
 * A labelled one-line field over react-aria's TextField: text, passphrase, date or time. The label, an
 * optional description and the error are tied to the input (aria-describedby, aria-invalid), so a screen
 * reader reads them with it. Validation is the caller's: it passes `error` (announced as it appears), and
 * nothing is checked natively. It holds no state of its own and never stores or logs what is typed.
 */
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import field from './field.module.css';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Date and time use the browser's own pickers and are only as wide as they need. */
  type?: 'text' | 'password' | 'date' | 'time';
  description?: ReactNode;
  error?: string | null;
  autoComplete?: string;
  autoFocus?: boolean;
  isDisabled?: boolean;
  isRequired?: boolean;
  /** The earliest date or time allowed (the browser's picker greys out the rest). */
  min?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** For names, tags and searches, which may be written right to left. */
  dir?: 'auto';
  /** Monospace and spaced, for recovery keys. */
  look?: 'plain' | 'code';
  /** Offered as the person types (the id of a <datalist>). */
  list?: string;
  /** Ids of text elsewhere that also describes the field (a hint under a row of controls). */
  describedBy?: string;
  onKeyEvent?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  /** The field's own layout class, e.g. to let it grow in a row. */
  className?: string;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onChange, type = 'text', description, error, look = 'plain', inputRef, dir, onKeyEvent } = props;
  const isSecret = type === 'password' || look === 'code';
  const isPicker = type === 'date' || type === 'time';
  return (
    <AriaTextField
      className={`${field.field} ${props.className ?? ''}`}
      value={value}
      onChange={onChange}
      type={type}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      autoComplete={props.autoComplete}
      autoFocus={props.autoFocus}
      isDisabled={props.isDisabled}
      isRequired={props.isRequired}
      onBlur={props.onBlur}
      aria-describedby={props.describedBy}
      spellCheck={isSecret ? 'false' : undefined}
    >
      <Label className={field.label}>{label}</Label>
      <Input
        ref={inputRef}
        className={`${field.control} ${look === 'code' ? field.code : ''} ${isPicker ? field.fit : ''}`}
        dir={dir}
        min={props.min}
        list={props.list}
        data-autofocus={props.autoFocus || undefined}
        autoCapitalize={isSecret ? 'off' : undefined}
        autoCorrect="off"
        onKeyDown={(event) => {
          props.onKeyDown?.(event);
          onKeyEvent?.(event);
        }}
        onKeyUp={onKeyEvent}
      />
      {description ? (
        <Text slot="description" className={field.description}>
          {description}
        </Text>
      ) : null}
      <FieldError className={field.error}>
        {/* An alert, so a problem is heard even when focus is already in the field. */}
        <span role="alert">{error}</span>
      </FieldError>
    </AriaTextField>
  );
}
