/**
 * "Your journal": every appreciation this partner may read, newest first and grouped by day, with search
 * and filters above. Shows what is loaded at once and fills in older pages as they arrive; says so calmly
 * when it cannot read, and invites rather than scolds when there is nothing yet.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import type { JournalEntry, PartnerSlot } from './appreciation';
import type { JournalSearch } from './search/useJournalSearch';
import { EntryCard, type EntryActions } from './EntryCard';
import { HistoryList } from './HistoryList';
import { JournalFilters } from './JournalFilters';
import type { LoadState } from './journalEntriesState';
import { emptyInvitation, type JournalPeople } from './journalPeople';
import { useJournalSearch } from './search/useJournalSearch';
import { filterEntries, hasActiveFilters, monthsPresent, NO_FILTERS, toHistoryRows, type JournalFilters as Filters } from './journalView';
import styles from './JournalHistory.module.css';

interface JournalHistoryProps {
  entries: readonly JournalEntry[];
  load: LoadState;
  onRetry: () => void;
  me: PartnerSlot;
  people: JournalPeople;
  now: number;
  knownTags: readonly string[];
  actions: EntryActions;
  focusId: string | null;
  onFocused: () => void;
  /** The id of the "Your journal" heading, which takes focus when the undo notice is put away. */
  headingId: string;
}

function countLabel(count: number): string {
  return count === 1 ? '1 entry' : `${count.toLocaleString('en-GB')} entries`;
}

export function JournalHistory(props: JournalHistoryProps) {
  const { entries, load, me, people, now, knownTags, actions, headingId } = props;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // Typing stays immediate; the list catches up a moment later when it is long.
  const deferredFilters = useDeferredValue(filters);
  const search = useJournalSearch(entries, load);
  const searchHits = useIndexedHits(search, entries, deferredFilters.query);
  const shown = useMemo(() => filterEntries(entries, deferredFilters, searchHits), [entries, deferredFilters, searchHits]);
  const rows = useMemo(() => toHistoryRows(shown), [shown]);
  const months = useMemo(() => monthsPresent(entries), [entries]);
  const isFiltering = hasActiveFilters(deferredFilters);
  const isStillReading = load === 'loading' || load === 'loading-more';

  const renderEntry = (entry: JournalEntry) => (
    <EntryCard entry={entry} me={me} people={people} now={now} knownTags={knownTags} actions={actions} />
  );

  return (
    <section className={styles.history} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <h2 id={headingId} className={styles.title} tabIndex={-1}>
          Your journal
        </h2>
        <p className={styles.note}>Newest first.</p>
      </div>
      {load === 'failed' ? (
        <InlineNotice action={<Button onPress={props.onRetry}>Try again</Button>}>
          Hearth couldn't read the whole journal just now. Nothing has been changed or lost.
        </InlineNotice>
      ) : null}
      {entries.length > 0 ? (
        <JournalFilters filters={filters} onChange={setFilters} people={people} me={me} months={months} tags={knownTags} />
      ) : null}
      <p className={styles.summary} role="status">
        {isFiltering ? `${countLabel(shown.length)} found${isStillReading ? ' so far; still reading older entries' : ''}.` : ''}
      </p>
      {entries.length === 0 && load === 'loading' ? <p className={styles.quiet}>Opening your journal…</p> : null}
      {entries.length === 0 && load === 'complete' ? (
        <div className={styles.empty}>
          <p className={styles.emptyText}>{emptyInvitation(people, me)}</p>
          <p className={styles.quiet}>A sentence is plenty. Small things count.</p>
        </div>
      ) : null}
      {entries.length > 0 && shown.length === 0 ? (
        <p className={styles.quiet}>Nothing matches that yet. Try fewer words, or another month or tag.</p>
      ) : null}
      {rows.length > 0 ? (
        <HistoryList
          rows={rows}
          now={now}
          labelledBy={headingId}
          renderEntry={renderEntry}
          focusId={props.focusId}
          onFocused={props.onFocused}
        />
      ) : null}
    </section>
  );
}

interface IndexedHits {
  query: string;
  entries: readonly JournalEntry[];
  ids: ReadonlySet<string>;
}

/**
 * The search index's answer for this query over these entries, once it has one; undefined until then (the
 * index still building, a query in flight, or the index failed), when the history's plain scan answers.
 */
function useIndexedHits(search: JournalSearch, entries: readonly JournalEntry[], query: string): ReadonlySet<string> | undefined {
  const [hits, setHits] = useState<IndexedHits | null>(null);
  const { isReady, query: ask } = search;
  useEffect(() => {
    if (!isReady || query.trim() === '') return;
    let isCurrent = true;
    ask(query).then(
      (ids) => {
        if (isCurrent) setHits({ query, entries, ids: new Set(ids) });
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [isReady, ask, query, entries]);
  return isReady && hits !== null && hits.query === query && hits.entries === entries ? hits.ids : undefined;
}
