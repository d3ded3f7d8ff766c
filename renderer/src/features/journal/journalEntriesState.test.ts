import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './appreciation';
import { entriesReducer, INITIAL_ENTRIES, putEntry, type EntriesState } from './journalEntriesState';

const entry = (id: string, createdAt: number, text = id): JournalEntry => ({
  id,
  status: 'ok',
  author: 'a',
  space: 'us',
  createdAt,
  updatedAt: createdAt,
  text,
  tags: [],
});

const ids = (state: EntriesState | JournalEntry[]) => (Array.isArray(state) ? state : state.entries).map((e) => e.id);

describe('putEntry', () => {
  it.each([
    { name: 'a new entry goes first', at: 500, expected: ['new', 'c', 'b', 'a'] },
    { name: 'a restored old entry goes back in its place', at: 150, expected: ['c', 'b', 'new', 'a'] },
    { name: 'the oldest goes last', at: 1, expected: ['c', 'b', 'a', 'new'] },
  ])('$name', ({ at, expected }) => {
    expect(ids(putEntry([entry('c', 300), entry('b', 200), entry('a', 100)], entry('new', at)))).toEqual(expected);
  });

  it('replaces an edited entry where it was', () => {
    const edited = putEntry([entry('c', 300), entry('b', 200)], entry('b', 200, 'edited'));
    expect(edited.map((e) => e.status === 'ok' && e.text)).toEqual(['c', 'edited']);
  });

  it('orders entries of the same millisecond by id, as the store does', () => {
    expect(ids(putEntry([entry('b', 100), entry('a', 100)], entry('c', 100)))).toEqual(['c', 'b', 'a']);
  });
});

describe('entriesReducer', () => {
  it('adds pages in order and knows when the last has come', () => {
    let state = entriesReducer(INITIAL_ENTRIES, { type: 'page', entries: [entry('d', 400), entry('c', 300)], isLast: false });
    expect(state.load).toBe('loading-more');
    state = entriesReducer(state, { type: 'page', entries: [entry('b', 200), entry('a', 100)], isLast: true });
    expect(ids(state)).toEqual(['d', 'c', 'b', 'a']);
    expect(state.load).toBe('complete');
  });

  it('does not double an entry written while older pages were loading', () => {
    let state = entriesReducer(INITIAL_ENTRIES, { type: 'page', entries: [entry('c', 300)], isLast: false });
    state = entriesReducer(state, { type: 'put', entry: entry('new', 900) });
    state = entriesReducer(state, { type: 'page', entries: [entry('new', 900), entry('b', 200)], isLast: true });
    expect(ids(state)).toEqual(['new', 'c', 'b']);
  });

  it('removes a deleted entry and brings it back on undo', () => {
    let state = entriesReducer(INITIAL_ENTRIES, { type: 'page', entries: [entry('c', 300), entry('b', 200), entry('a', 100)], isLast: true });
    state = entriesReducer(state, { type: 'removed', id: 'b' });
    expect(ids(state)).toEqual(['c', 'a']);
    state = entriesReducer(state, { type: 'put', entry: entry('b', 200) });
    expect(ids(state)).toEqual(['c', 'b', 'a']);
  });

  it('keeps what it has when a page fails, and starts over on reset', () => {
    let state = entriesReducer(INITIAL_ENTRIES, { type: 'page', entries: [entry('c', 300)], isLast: false });
    state = entriesReducer(state, { type: 'failed' });
    expect(state).toMatchObject({ load: 'failed' });
    expect(ids(state)).toEqual(['c']);
    expect(entriesReducer(state, { type: 'reset' })).toBe(INITIAL_ENTRIES);
  });
});
