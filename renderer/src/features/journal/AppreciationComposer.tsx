/**
 * The evening note: "Write to <partner>", the words, a prompt when they are slow, Shared or Just for me,
 * tags, Save (or Ctrl/Cmd+Enter). What is typed is kept as an encrypted draft as it is written and before
 * the app locks; it is cleared only once the entry is safely saved. Past the length limit the words stay,
 * with a clear message, and nothing is saved.
 */
import { isMacPlatform, modifierLabel } from '@renderer/lib/shortcuts';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDraft, WriteFailedError } from '@renderer/data';
import { Button } from '@renderer/ui/Button';
import { EMPTY_MESSAGE, InvalidAppreciationError, type NewAppreciation, type PartnerSlot, type ReadableEntry } from './appreciation';
import { EntryFields } from './EntryFields';
import { isBlankDraft, journalDraftSchema, lengthState, NEW_ENTRY_DRAFT_SLOT, type JournalDraft } from './journalDraft';
import { composerTitle, partnerName, spaceChoices, type JournalPeople } from './journalPeople';
import { PromptPicker } from './PromptPicker';
import { DraftProblem } from '@renderer/ui/DraftProblem';
import styles from './AppreciationComposer.module.css';

/** Read when shown, not when the module loads (unit tests load it without a browser). */
const saveKeys = () => `${modifierLabel(isMacPlatform())}+Enter`;

const EMPTY_DRAFT: JournalDraft = { text: '', tags: [], space: 'us' };

interface AppreciationComposerProps {
  me: PartnerSlot;
  people: JournalPeople;
  knownTags: readonly string[];
  onWrite: (input: NewAppreciation) => Promise<ReadableEntry>;
}

type Note = { tone: 'calm'; text: string } | { tone: 'problem'; text: string } | null;

function savedNote(entry: ReadableEntry, partner: string | null): string {
  if (entry.space === 'private') return 'Saved, just for you.';
  return partner ? `Saved. ${partner} will find it in the journal.` : 'Saved to your journal.';
}

export function AppreciationComposer({ me, people, knownTags, onWrite }: AppreciationComposerProps) {
  const titleId = useId();
  const promptTextId = useId();
  const textAreaRef = useRef<HTMLTextAreaElement>(null);
  const hasTyped = useRef(false);
  const [draft, setDraft] = useState<JournalDraft>(EMPTY_DRAFT);
  const [note, setNote] = useState<Note>(null);
  const [isSaving, setSaving] = useState(false);
  const partner = partnerName(people, me);

  const kept = useDraft(NEW_ENTRY_DRAFT_SLOT, journalDraftSchema, { isBlank: isBlankDraft });
  const { restored } = kept;
  useEffect(() => {
    if (!restored || isBlankDraft(restored) || hasTyped.current) return;
    setDraft(restored);
    setNote({ tone: 'calm', text: 'We kept what you were writing.' });
  }, [restored]);

  const edit = (changes: Partial<JournalDraft>) => {
    hasTyped.current = true;
    const next = { ...draft, ...changes };
    setDraft(next);
    kept.keep(next);
    if (note) setNote(null);
  };

  const save = async () => {
    if (isSaving) return;
    if (lengthState(draft.text).kind === 'over') {
      textAreaRef.current?.focus();
      return;
    }
    if (draft.text.trim() === '') {
      setNote({ tone: 'problem', text: EMPTY_MESSAGE });
      textAreaRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const entry = await onWrite({ text: draft.text, tags: draft.tags, space: draft.space, promptId: draft.promptId });
      await kept.discard();
      hasTyped.current = false;
      setDraft({ ...EMPTY_DRAFT, space: draft.space });
      setNote({ tone: 'calm', text: savedNote(entry, partner) });
    } catch (error) {
      const message =
        error instanceof InvalidAppreciationError || error instanceof WriteFailedError
          ? error.message
          : "Hearth couldn't save this just now. Your words are still here, and kept as a draft.";
      setNote({ tone: 'problem', text: message });
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const choosePrompt = (promptId: string | undefined) => {
    edit({ promptId });
    textAreaRef.current?.focus();
  };

  return (
    <section className={styles.composer} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {composerTitle(people, me)}
      </h2>
      <form
        className={styles.form}
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <PromptPicker promptId={draft.promptId} chosenTextId={promptTextId} onChoose={choosePrompt} />
        <EntryFields
          textLabel={partner ? `Your note to ${partner}` : 'Your note'}
          text={draft.text}
          onTextChange={(text) => edit({ text })}
          textAreaRef={textAreaRef}
          describedBy={draft.promptId ? promptTextId : undefined}
          placeholder="Something they did, said or simply were today…"
          overLimitNote="Your words are kept as a draft; shorten them a little to save."
          space={draft.space}
          spaceChoices={spaceChoices(people, me)}
          onSpaceChange={(space) => edit({ space })}
          tags={draft.tags}
          onTagsChange={(tags) => edit({ tags })}
          knownTags={knownTags}
        />
        <div className={styles.footer}>
          <Button type="submit" variant="primary" isDisabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save'}
          </Button>
          <p className={styles.hint}>Or press {saveKeys()}. Your words are kept as you type.</p>
        </div>
        {note?.tone === 'problem' ? null : <DraftProblem draft={kept} />}
        <div className={styles.messages}>
          <div role="status">{note?.tone === 'calm' ? <p className={styles.calm}>{note.text}</p> : null}</div>
          <div role="alert">{note?.tone === 'problem' ? <p className={styles.problem}>{note.text}</p> : null}</div>
        </div>
      </form>
    </section>
  );
}
