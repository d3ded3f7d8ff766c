/**
 * The fields of an appreciation, shared by the composer and the edit dialog: the words (a labelled text
 * area that keeps paragraphs), a counter that only appears near the limit, the clear message past it,
 * Shared or Just for me, and tags.
 */
import { useId, type Ref } from 'react';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { TextArea } from '@renderer/ui/TextArea';
import { MAX_TEXT_CHARACTERS, TOO_LONG_MESSAGE, type Space } from './appreciation';
import { lengthState } from './journalDraft';
import type { SpaceChoice } from './journalPeople';
import { TagsField } from './TagsField';
import styles from './EntryFields.module.css';

const count = (value: number) => value.toLocaleString('en-GB');

interface EntryFieldsProps {
  textLabel: string;
  text: string;
  onTextChange: (text: string) => void;
  textAreaRef?: Ref<HTMLTextAreaElement>;
  /** Ids of text that describes the words field (a chosen prompt). */
  describedBy?: string;
  placeholder?: string;
  /** What happens to the words while they are too long ("kept as a draft", "still here"). */
  overLimitNote: string;
  space: Space;
  spaceChoices: readonly SpaceChoice[];
  onSpaceChange: (space: Space) => void;
  tags: readonly string[];
  onTagsChange: (tags: string[]) => void;
  knownTags: readonly string[];
}

export function EntryFields({ textAreaRef, ...props }: EntryFieldsProps) {
  const counterId = useId();
  const length = lengthState(props.text);
  const describedBy = [props.describedBy, length.kind === 'quiet' ? undefined : counterId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.fields}>
      <TextArea
        label={props.textLabel}
        value={props.text}
        onChange={props.onTextChange}
        isInvalid={length.kind === 'over'}
        textAreaRef={textAreaRef}
        describedBy={describedBy}
        placeholder={props.placeholder}
        dir="auto"
        rows={5}
        size="long"
      />
      {length.kind === 'near' ? (
        <p id={counterId} className={styles.counter}>
          {count(length.count)} of {count(MAX_TEXT_CHARACTERS)} characters
        </p>
      ) : null}
      {length.kind === 'over' ? (
        <div className={styles.tooLong}>
          <p role="alert">
            {TOO_LONG_MESSAGE} {props.overLimitNote}
          </p>
          <p id={counterId} className={styles.counter}>
            {count(length.count)} characters now, {count(length.over)} over.
          </p>
        </div>
      ) : null}
      <ChoiceCards label="Who can read it" value={props.space} options={props.spaceChoices} onChange={props.onSpaceChange} />
      <TagsField tags={props.tags} onChange={props.onTagsChange} suggestions={props.knownTags} />
    </div>
  );
}
