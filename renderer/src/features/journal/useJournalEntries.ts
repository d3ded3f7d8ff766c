/**
 * Loads the journal into memory while the screen is open: the newest page first (so the history shows at
 * once), then older pages in the background, a breath apart so typing stays smooth. Answers the entries and
 * the writes the screen makes, each folded into the list as soon as the repo confirms it.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import type { AppreciationChanges, JournalEntry, NewAppreciation, ReadableEntry } from './appreciation';
import type { AppreciationRepo, DeletedAppreciation } from './appreciationRepo';
import { entriesReducer, INITIAL_ENTRIES, type LoadState } from './journalEntriesState';

const FIRST_PAGE = 60;
const LATER_PAGES = 150;

const nextBreath = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface JournalEntriesApi {
  entries: JournalEntry[];
  load: LoadState;
  retry: () => void;
  write: (input: NewAppreciation) => Promise<ReadableEntry>;
  update: (id: string, changes: AppreciationChanges) => Promise<ReadableEntry>;
  remove: (id: string) => Promise<DeletedAppreciation>;
  restore: (snapshot: DeletedAppreciation) => Promise<ReadableEntry>;
}

export function useJournalEntries(repo: AppreciationRepo): JournalEntriesApi {
  const [state, dispatch] = useReducer(entriesReducer, INITIAL_ENTRIES);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCancelled = false;
    dispatch({ type: 'reset' });
    void (async () => {
      try {
        let page = await repo.page({ limit: FIRST_PAGE });
        while (!isCancelled) {
          dispatch({ type: 'page', entries: page.entries, isLast: page.next === null });
          if (!page.next) break;
          await nextBreath();
          if (isCancelled) break;
          page = await repo.page({ after: page.next, limit: LATER_PAGES });
        }
      } catch (error) {
        if (isCancelled) return;
        console.warn('The journal could not be read', error instanceof Error ? error.name : 'unknown');
        dispatch({ type: 'failed' });
      }
    })();
    return () => {
      isCancelled = true;
    };
  }, [repo, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const write = useCallback(
    async (input: NewAppreciation) => {
      const entry = await repo.write(input);
      dispatch({ type: 'put', entry });
      return entry;
    },
    [repo],
  );

  const update = useCallback(
    async (id: string, changes: AppreciationChanges) => {
      const entry = await repo.update(id, changes);
      dispatch({ type: 'put', entry });
      return entry;
    },
    [repo],
  );

  const remove = useCallback(
    async (id: string) => {
      const snapshot = await repo.remove(id);
      dispatch({ type: 'removed', id });
      return snapshot;
    },
    [repo],
  );

  const restore = useCallback(
    async (snapshot: DeletedAppreciation) => {
      const entry = await repo.restore(snapshot);
      dispatch({ type: 'put', entry });
      return entry;
    },
    [repo],
  );

  return { entries: state.entries, load: state.load, retry, write, update, remove, restore };
}
