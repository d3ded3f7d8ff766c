/**
 * Optional tags on an entry: type one and press Enter (or leave the field) to add it, remove any with its
 * own button. Tags already used elsewhere in the journal are offered as suggestions. Limits are explained
 * as they are met, never by silently dropping what was typed.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { Button, PlainButton } from '@renderer/ui/Button';
import { characterCount, MAX_TAG_CHARACTERS, MAX_TAGS, normaliseTags, TAG_LENGTH_MESSAGE, TOO_MANY_TAGS_MESSAGE } from './appreciation';
import styles from './TagsField.module.css';

interface TagsFieldProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Tags used elsewhere in the journal, offered as the person types. */
  suggestions: readonly string[];
}

/** Why a tag cannot be added, or null when it can. */
function problemWith(tag: string, tags: readonly string[]): string | null {
  if (characterCount(tag) > MAX_TAG_CHARACTERS) return TAG_LENGTH_MESSAGE;
  const isNew = !tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase());
  if (isNew && tags.length >= MAX_TAGS) return TOO_MANY_TAGS_MESSAGE;
  return null;
}

export function TagsField({ tags, onChange, suggestions }: TagsFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const commit = () => {
    const tag = typed.trim().replace(/\s+/g, ' ').replace(/^#/, '');
    if (tag === '') return;
    const why = problemWith(tag, tags);
    setProblem(why);
    if (why) return;
    onChange(normaliseTags([...tags, tag]));
    setTyped('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    }
  };

  const remove = (tag: string) => {
    onChange(tags.filter((existing) => existing !== tag));
    setProblem(null);
  };

  const offered = suggestions.filter((tag) => !tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase()));

  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={inputId}>
        Tags <span className={styles.optional}>(optional)</span>
      </label>
      <div className={styles.entryRow}>
        <input
          id={inputId}
          className={styles.input}
          value={typed}
          list={offered.length > 0 ? listId : undefined}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          autoComplete="off"
          dir="auto"
          onChange={(event) => {
            setTyped(event.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        <Button onPress={commit}>Add tag</Button>
      </div>
      <p id={hintId} className={styles.hint}>
        A word or two, such as “small things”. Press Enter to add; up to {MAX_TAGS}.
      </p>
      {problem ? (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      ) : null}
      {tags.length > 0 ? (
        <ul className={styles.tags} aria-label="Tags on this entry">
          {tags.map((tag) => (
            <li key={tag} className={styles.tag}>
              <span dir="auto">{tag}</span>
              <PlainButton className={styles.remove ?? ''} aria-label={`Remove tag ${tag}`} onPress={() => remove(tag)}>
                <span aria-hidden="true">×</span>
              </PlainButton>
            </li>
          ))}
        </ul>
      ) : null}
      {offered.length > 0 ? (
        <datalist id={listId}>
          {offered.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
