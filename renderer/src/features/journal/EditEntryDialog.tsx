/**
 * Editing one's own entry in a dialog (ui/Dialog): the same fields as the composer, Save and Cancel. Escape
 * or Cancel closes it and focus returns to the Edit button. Past the limit the words stay in the dialog and
 * nothing is saved.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import field from '@renderer/ui/field.module.css';
import {
  EMPTY_MESSAGE,
  InvalidAppreciationError,
  type AppreciationChanges,
  type ReadableEntry,
  type Space,
} from './appreciation';
import { EntryFields } from './EntryFields';
import { lengthState } from './journalDraft';
import type { SpaceChoice } from './journalPeople';
import styles from './EditEntryDialog.module.css';

interface EditEntryDialogProps {
  entry: ReadableEntry;
  /** "Edit your note to Bo". */
  title: string;
  textLabel: string;
  spaceChoices: readonly SpaceChoice[];
  knownTags: readonly string[];
  onSave: (id: string, changes: AppreciationChanges) => Promise<unknown>;
}

export function EditEntryDialog(props: EditEntryDialogProps) {
  return (
    <Dialog
      title={props.title}
      trigger={
        <Button size="small">
          Edit
        </Button>
      }
    >
      {(close) => <EditForm {...props} close={close} />}
    </Dialog>
  );
}

function EditForm({ entry, textLabel, spaceChoices, knownTags, onSave, close }: EditEntryDialogProps & { close: () => void }) {
  const formId = useId();
  const [text, setText] = useState(entry.text);
  const [tags, setTags] = useState<string[]>(entry.tags);
  const [space, setSpace] = useState<Space>(entry.space);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = async () => {
    if (isSaving || lengthState(text).kind === 'over') return;
    if (text.trim() === '') {
      setProblem(EMPTY_MESSAGE);
      return;
    }
    setSaving(true);
    try {
      await onSave(entry.id, { text, tags, space });
      close();
    } catch (error) {
      setProblem(error instanceof InvalidAppreciationError ? error.message : "Hearth couldn't save the change just now. Your words are still here.");
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form
      id={formId}
      className={styles.form}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <EntryFields
        textLabel={textLabel}
        text={text}
        onTextChange={(next) => {
          setText(next);
          setProblem(null);
        }}
        overLimitNote="Your words are still here; shorten them a little to save."
        space={space}
        spaceChoices={spaceChoices}
        onSpaceChange={setSpace}
        tags={tags}
        onTagsChange={setTags}
        knownTags={knownTags}
      />
      <div role="alert">{problem ? <p className={field.problem}>{problem}</p> : null}</div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save changes'}
        </Button>
        <Button onPress={close}>Cancel</Button>
      </div>
    </form>
  );
}
