/**
 * Editing one's own entry in a dialog (ui/Dialog): the same fields as the composer, Save and Cancel. Escape
 * or Cancel closes it and focus returns to the Edit button. Past the limit the words stay in the dialog and
 * nothing is saved. The change in progress is kept as a draft (slot `journal:edit:<id>`), so a lock or a crash
 * loses nothing: opening Edit on the entry again brings it back. Cancel throws the change away.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useDraft, WriteFailedError } from '@renderer/data';
import { DraftProblem } from '@renderer/ui/DraftProblem';
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
import { isBlankDraft, journalDraftSchema, lengthState, type JournalDraft } from './journalDraft';
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
  const kept = useDraft(`journal:edit:${entry.id}`, journalDraftSchema, { isBlank: isBlankDraft });
  /** The change as typed here; until the first keystroke, the change kept last time, or the entry. */
  const [changed, setChanged] = useState<JournalDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const current = changed ?? kept.restored ?? { text: entry.text, tags: entry.tags, space: entry.space };
  const { text, tags, space } = current;
  const wasRestored = changed === null && Boolean(kept.restored);

  const change = (patch: Partial<JournalDraft>) => {
    const next = { ...current, ...patch };
    setChanged(next);
    kept.keep(next);
  };
  const cancel = () => {
    void kept.discard();
    close();
  };

  const save = async () => {
    if (isSaving || lengthState(text).kind === 'over') return;
    if (text.trim() === '') {
      setProblem(EMPTY_MESSAGE);
      return;
    }
    setSaving(true);
    try {
      await onSave(entry.id, { text, tags, space });
      await kept.discard();
      close();
    } catch (error) {
      const isExplained = error instanceof InvalidAppreciationError || error instanceof WriteFailedError;
      setProblem(isExplained ? error.message : "Hearth couldn't save the change just now. Your words are still here.");
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
          change({ text: next });
          setProblem(null);
        }}
        overLimitNote="Your words are still here; shorten them a little to save."
        space={space}
        spaceChoices={spaceChoices}
        onSpaceChange={(next: Space) => change({ space: next })}
        tags={tags}
        onTagsChange={(next) => change({ tags: next })}
        knownTags={knownTags}
      />
      {wasRestored ? <p role="status">We kept the changes you were making.</p> : null}
      {problem ? null : <DraftProblem draft={kept} />}
      <div role="alert">{problem ? <p className={field.problem}>{problem}</p> : null}</div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" isDisabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save changes'}
        </Button>
        <Button onPress={cancel}>Cancel</Button>
      </div>
    </form>
  );
}
