import { describe, expect, it } from 'vitest';
import type { JournalEntry } from './appreciation';
import {
  dayHeading,
  filterEntries,
  hasActiveFilters,
  monthsPresent,
  NO_FILTERS,
  onThisDay,
  tagsPresent,
  toHistoryRows,
  yearsAgo,
  type JournalFilters,
} from './journalView';

/** Local time, so the tests mean the same in every time zone. */
const at = (year: number, month: number, day: number, hour = 21, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();
const NOW = at(2026, 11, 24, 22);

function entry(id: string, createdAt: number, fields: Partial<{ author: 'a' | 'b'; text: string; tags: string[] }> = {}): JournalEntry {
  return { id, status: 'ok', author: fields.author ?? 'a', space: 'us', createdAt, updatedAt: createdAt, text: fields.text ?? `text of ${id}`, tags: fields.tags ?? [] };
}

const unreadable: JournalEntry = { id: 'u', status: 'unreadable', author: 'b', space: 'us', createdAt: at(2026, 10, 2), updatedAt: at(2026, 10, 2) };

const ENTRIES: JournalEntry[] = [
  entry('n1', at(2026, 11, 24, 21), { author: 'a', text: 'You made the Café feel like home', tags: ['Small things'] }),
  entry('n2', at(2026, 11, 24, 8), { author: 'b', text: 'Thank you for the early walk', tags: ['walks'] }),
  entry('n3', at(2026, 11, 23), { author: 'b', text: 'شكرا على العشاء', tags: ['small things', 'dinner'] }),
  unreadable,
  entry('o1', at(2025, 11, 24), { author: 'a', text: 'A year ago today you fixed the bike', tags: ['bike'] }),
  entry('o2', at(2023, 11, 24), { author: 'b', text: 'Three years back 🌿' }),
];

describe('filterEntries', () => {
  const cases: { name: string; filters: Partial<JournalFilters>; ids: string[] }[] = [
    { name: 'no filters shows everything', filters: {}, ids: ['n1', 'n2', 'n3', 'u', 'o1', 'o2'] },
    { name: 'author a', filters: { author: 'a' }, ids: ['n1', 'o1'] },
    { name: 'author b, unreadable included', filters: { author: 'b' }, ids: ['n2', 'n3', 'u', 'o2'] },
    { name: 'a month', filters: { month: '2026-11' }, ids: ['n1', 'n2', 'n3'] },
    { name: 'a month holding only an unreadable entry', filters: { month: '2026-10' }, ids: ['u'] },
    { name: 'a tag, whatever its case', filters: { tag: 'SMALL THINGS' }, ids: ['n1', 'n3'] },
    { name: 'a tag and an author', filters: { tag: 'small things', author: 'b' }, ids: ['n3'] },
    { name: 'search ignores case', filters: { query: 'THANK you' }, ids: ['n2'] },
    { name: 'search ignores accents', filters: { query: 'cafe' }, ids: ['n1'] },
    { name: 'search needs every word', filters: { query: 'walk bike' }, ids: [] },
    { name: 'search finds words in any order', filters: { query: 'bike fixed' }, ids: ['o1'] },
    { name: 'search looks in tags too', filters: { query: 'dinner' }, ids: ['n3'] },
    { name: 'search in a right-to-left script', filters: { query: 'العشاء' }, ids: ['n3'] },
    { name: 'search for an emoji', filters: { query: '🌿' }, ids: ['o2'] },
    { name: 'a blank search is no search', filters: { query: '   ' }, ids: ['n1', 'n2', 'n3', 'u', 'o1', 'o2'] },
    { name: 'search treats HTML as words', filters: { query: '<img' }, ids: [] },
  ];

  it.each(cases)('$name', ({ filters, ids }) => {
    expect(filterEntries(ENTRIES, { ...NO_FILTERS, ...filters }).map((e) => e.id)).toEqual(ids);
  });

  it.each([
    { filters: NO_FILTERS, isActive: false },
    { filters: { ...NO_FILTERS, query: '  ' }, isActive: false },
    { filters: { ...NO_FILTERS, author: 'a' as const }, isActive: true },
    { filters: { ...NO_FILTERS, tag: 'walks' }, isActive: true },
  ])('knows when filters are active ($isActive)', ({ filters, isActive }) => {
    expect(hasActiveFilters(filters)).toBe(isActive);
  });
});

describe('toHistoryRows', () => {
  it('puts a day heading above the first entry of each day, and only there', () => {
    const rows = toHistoryRows(ENTRIES);
    expect(rows.map((row) => (row.startsDay ? dayHeading(row.entry.createdAt, NOW) : null))).toEqual([
      'Tuesday 24 November',
      null,
      'Monday 23 November',
      'Friday 2 October',
      'Monday 24 November 2025',
      'Friday 24 November 2023',
    ]);
    expect(rows.map((row) => row.dayKey)).toEqual(['2026-11-24', '2026-11-24', '2026-11-23', '2026-10-02', '2025-11-24', '2023-11-24']);
  });

  it('splits days at local midnight', () => {
    const rows = toHistoryRows([entry('late', at(2026, 3, 2, 0, 5)), entry('early', at(2026, 3, 1, 23, 55))]);
    expect(rows.map((row) => row.startsDay)).toEqual([true, true]);
    expect(rows.map((row) => dayHeading(row.entry.createdAt, NOW))).toEqual(['Monday 2 March', 'Sunday 1 March']);
  });

  it.each([
    { ms: at(2026, 1, 1), heading: 'Thursday 1 January' },
    { ms: at(2025, 12, 31), heading: 'Wednesday 31 December 2025' },
  ])('writes $heading', ({ ms, heading }) => {
    expect(dayHeading(ms, NOW)).toBe(heading);
  });
});

describe('months, tags and on this day', () => {
  it('offers the months that have entries, newest first', () => {
    expect(monthsPresent(ENTRIES)).toEqual([
      { key: '2026-11', label: 'November 2026' },
      { key: '2026-10', label: 'October 2026' },
      { key: '2025-11', label: 'November 2025' },
      { key: '2023-11', label: 'November 2023' },
    ]);
  });

  it('offers each tag once, alphabetically', () => {
    expect(tagsPresent(ENTRIES)).toEqual(['bike', 'dinner', 'Small things', 'walks']);
  });

  it('finds entries from this calendar day in earlier years only', () => {
    expect(onThisDay(ENTRIES, NOW).map((e) => e.id)).toEqual(['o1', 'o2']);
    expect(onThisDay(ENTRIES, at(2026, 11, 25))).toEqual([]);
    expect(yearsAgo(at(2025, 11, 24), NOW)).toBe('A year ago');
    expect(yearsAgo(at(2023, 11, 24), NOW)).toBe('3 years ago');
  });
});

describe('filterEntries with the search index answering', () => {
  it('takes the index hits for the search, and applies every other filter as before', () => {
    const hits = new Set(['n1', 'n3', 'u', 'o1']);
    const run = (filters: Partial<JournalFilters>) => filterEntries(ENTRIES, { ...NO_FILTERS, ...filters }, hits).map((e) => e.id);
    expect(run({ query: 'anything' })).toEqual(['n1', 'n3', 'o1']);
    expect(run({ query: 'anything', author: 'b' })).toEqual(['n3']);
    expect(run({ query: 'anything', tag: 'SMALL THINGS', month: '2026-11' })).toEqual(['n1', 'n3']);
    expect(run({ query: '  ' })).toEqual(['n1', 'n2', 'n3', 'u', 'o1', 'o2']);
  });
});
