/**
 * The entries the journal holds in memory while it is open, newest first: pages arriving from the repo and
 * the screen's own writes (save, edit, delete, undo) folded in, so the list changes the moment a write
 * lands without reading everything again. Pure reducer; useJournalEntries.ts runs it.
 */
import type { JournalEntry } from './appreciation';
import { compareNewestFirst } from './appreciationRepo';

export type LoadState = 'loading' | 'loading-more' | 'complete' | 'failed';

export interface EntriesState {
  entries: JournalEntry[];
  load: LoadState;
}

export type EntriesAction =
  | { type: 'page'; entries: JournalEntry[]; isLast: boolean }
  | { type: 'failed' }
  | { type: 'put'; entry: JournalEntry }
  | { type: 'removed'; id: string }
  | { type: 'reset' };

export const INITIAL_ENTRIES: EntriesState = { entries: [], load: 'loading' };

/** Inserts or replaces an entry, keeping the order newest first. */
export function putEntry(entries: readonly JournalEntry[], entry: JournalEntry): JournalEntry[] {
  const rest = entries.filter((existing) => existing.id !== entry.id);
  let low = 0;
  let high = rest.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareNewestFirst(rest[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return [...rest.slice(0, low), entry, ...rest.slice(low)];
}

/** Adds a page of older entries; an entry already held (written meanwhile) is not doubled. */
function appendPage(entries: readonly JournalEntry[], page: readonly JournalEntry[]): JournalEntry[] {
  const held = new Set(entries.map((entry) => entry.id));
  const fresh = page.filter((entry) => !held.has(entry.id));
  if (fresh.length === 0) return [...entries];
  const last = entries[entries.length - 1];
  const isInOrder = !last || compareNewestFirst(last, fresh[0]!) <= 0;
  return isInOrder ? [...entries, ...fresh] : fresh.reduce(putEntry, [...entries]);
}

export function entriesReducer(state: EntriesState, action: EntriesAction): EntriesState {
  switch (action.type) {
    case 'page':
      return { entries: appendPage(state.entries, action.entries), load: action.isLast ? 'complete' : 'loading-more' };
    case 'failed':
      return { ...state, load: 'failed' };
    case 'put':
      return { ...state, entries: putEntry(state.entries, action.entry) };
    case 'removed':
      return { ...state, entries: state.entries.filter((entry) => entry.id !== action.id) };
    case 'reset':
      return INITIAL_ENTRIES;
  }
}
