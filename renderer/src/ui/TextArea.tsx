/**
 * A labelled multi-line field over react-aria's TextField and TextArea. With `maxLength` the field keeps
 * the limit itself and shows how much is used ("120 of 500 characters"), read with the field as part of its
 * description. Without it the caller owns any limit (the journal lets words run over and explains). It holds
 * no state of its own and never stores or logs what is typed.
 */
import { useId, type Ref } from 'react';
import { Label, Text, TextArea as AriaTextArea, TextField as AriaTextField } from 'react-aria-components';
import field from './field.module.css';

interface TextAreaProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  /** The most characters the field takes; shows a count. */
  maxLength?: number;
  rows?: number;
  /** `long` for writing that is the point of the screen (taller, grows with its words). */
  size?: 'short' | 'long';
  isInvalid?: boolean;
  placeholder?: string;
  /** Ids of text elsewhere that also describes the field (a chosen prompt, the caller's own counter). */
  describedBy?: string;
  dir?: 'auto';
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

const number = (value: number) => value.toLocaleString('en-GB');

export function TextArea({ label, description, value, onChange, maxLength, rows = 3, size = 'short', isInvalid, placeholder, describedBy, dir, textAreaRef }: TextAreaProps) {
  const countId = useId();
  const describers = [describedBy, maxLength === undefined ? undefined : countId].filter(Boolean).join(' ') || undefined;
  return (
    <AriaTextField className={field.field} value={value} onChange={onChange} maxLength={maxLength} isInvalid={isInvalid} aria-describedby={describers}>
      <Label className={field.label}>{label}</Label>
      {description ? (
        <Text slot="description" className={field.description}>
          {description}
        </Text>
      ) : null}
      <AriaTextArea
        ref={textAreaRef}
        className={`${field.control} ${field.area} ${size === 'long' ? field.long : ''}`}
        rows={rows}
        placeholder={placeholder}
        dir={dir}
      />
      {maxLength === undefined ? null : (
        <p id={countId} className={field.count}>
          {number(value.length)} of {number(maxLength)} characters
        </p>
      )}
    </AriaTextField>
  );
}
