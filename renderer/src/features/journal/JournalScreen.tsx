/**
 * Journal: the daily appreciation. The composer ("Write to <partner>"), what was written on this day in
 * earlier years, and the whole history with search and filters. Reads the session from the vault and
 * everything stored through AppreciationRepo; holds entries in memory only while the screen is open.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useVault } from '@renderer/features/vault';
import { BookIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import type { AppreciationChanges, PartnerSlot, ReadableEntry } from './appreciation';
import { AppreciationComposer } from './AppreciationComposer';
import { AppreciationRepo, type AppreciationStore, type DeletedAppreciation } from './appreciationRepo';
import type { EntryActions } from './EntryCard';
import { JournalHistory } from './JournalHistory';
import type { JournalPeople } from './journalPeople';
import { onThisDay, tagsPresent } from './journalView';
import { OnThisDay } from './OnThisDay';
import { UndoNotice } from './UndoNotice';
import { useJournalEntries } from './useJournalEntries';
import styles from './JournalScreen.module.css';

export function JournalScreen() {
  const { status, partner, profiles, records } = useVault();
  if (status !== 'unlocked' || !partner) return null;
  return <JournalPlace me={partner} people={profiles} store={records} />;
}

interface JournalPlaceProps {
  me: PartnerSlot;
  people: JournalPeople;
  store: AppreciationStore;
}

function JournalPlace({ me, people, store }: JournalPlaceProps) {
  const repo = useMemo(() => new AppreciationRepo(store), [store]);
  const journal = useJournalEntries(repo);
  const [now] = useState(() => Date.now());
  const [deleted, setDeleted] = useState<DeletedAppreciation | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const historyHeadingId = useId();

  const knownTags = useMemo(() => tagsPresent(journal.entries), [journal.entries]);
  const memories = useMemo(() => onThisDay(journal.entries, now), [journal.entries, now]);
  const { update, remove, restore } = journal;

  const actions = useMemo<EntryActions>(
    () => ({
      onSave: (id: string, changes: AppreciationChanges) => update(id, changes),
      onDelete: (entry: ReadableEntry) => {
        setProblem(null);
        remove(entry.id).then(setDeleted, () => setProblem("Hearth couldn't delete that entry just now. It is still in your journal."));
      },
    }),
    [update, remove],
  );

  const undo = useCallback(() => {
    if (!deleted) return;
    setDeleted(null);
    restore(deleted).then(
      (entry) => setFocusId(entry.id),
      () => setProblem("Hearth couldn't bring that entry back. Please try Undo again in a moment."),
    );
  }, [deleted, restore]);

  const expire = useCallback(() => setDeleted(null), []);
  const dismiss = useCallback(() => {
    setDeleted(null);
    document.getElementById(historyHeadingId)?.focus();
  }, [historyHeadingId]);
  const focused = useCallback(() => setFocusId(null), []);

  return (
    <Screen
      icon={BookIcon}
      title="Journal"
      lead="Each evening, a few lines to your partner about something you appreciated. It takes a minute, and it adds up."
    >
      <AppreciationComposer me={me} people={people} knownTags={knownTags} onWrite={journal.write} />
      <OnThisDay entries={memories} me={me} people={people} now={now} actions={actions} />
      <div role="alert" className={styles.problem}>
        {problem ? <p className={styles.problemText}>{problem}</p> : null}
      </div>
      <JournalHistory
        entries={journal.entries}
        load={journal.load}
        onRetry={journal.retry}
        me={me}
        people={people}
        now={now}
        knownTags={knownTags}
        actions={actions}
        focusId={focusId}
        onFocused={focused}
        headingId={historyHeadingId}
      />
      <UndoNotice deletedId={deleted?.id ?? null} onUndo={undo} onExpire={expire} onDismiss={dismiss} />
    </Screen>
  );
}
