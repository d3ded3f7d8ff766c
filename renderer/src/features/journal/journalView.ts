/**
 * The history's pure rules: filters (author, month, tag, search), grouping by day, the months and tags on
 * offer, and "on this day". Plain functions over entries already in memory; no storage, no React.
 *
 * Days and months are the reader's local calendar days. Search is a case- and accent-insensitive scan for
 * every word typed; unreadable entries never match a search or a tag.
 */
import type { JournalEntry, PartnerSlot, ReadableEntry } from './appreciation';

/** Dates are written the way the app's words are: British English ("Tuesday 24 November"). */
export const DATE_LOCALE = 'en-GB';

export type AuthorFilter = 'both' | PartnerSlot;

export interface JournalFilters {
  author: AuthorFilter;
  /** A month as `YYYY-MM`, or null for every month. */
  month: string | null;
  /** A tag (compared without regard to case), or null for every tag. */
  tag: string | null;
  query: string;
}

export const NO_FILTERS: JournalFilters = { author: 'both', month: null, tag: null, query: '' };

export function hasActiveFilters(filters: JournalFilters): boolean {
  return filters.author !== 'both' || filters.month !== null || filters.tag !== null || filters.query.trim() !== '';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of the local calendar day. */
export function dayKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM` of the local calendar month. */
export function monthKey(ms: number): string {
  return dayKey(ms).slice(0, 7);
}

const dayFormat = new Intl.DateTimeFormat(DATE_LOCALE, { weekday: 'long', day: 'numeric', month: 'long' });
const dayWithYearFormat = new Intl.DateTimeFormat(DATE_LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(DATE_LOCALE, { hour: '2-digit', minute: '2-digit' });
const monthFormat = new Intl.DateTimeFormat(DATE_LOCALE, { month: 'long', year: 'numeric' });

/** "Tuesday 24 November", with the year when it is not this year's. */
export function dayHeading(ms: number, now: number): string {
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? dayFormat : dayWithYearFormat).format(ms).replace(',', '');
}

/** "21:14". */
export function timeOfDay(ms: number): string {
  return timeFormat.format(ms);
}

/** "November 2026" for `2026-11`. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return monthFormat.format(new Date(year!, month! - 1, 1));
}

/** The months that have entries, newest first. */
export function monthsPresent(entries: readonly JournalEntry[]): { key: string; label: string }[] {
  const keys = new Set(entries.map((entry) => monthKey(entry.createdAt)));
  return [...keys].sort().reverse().map((key) => ({ key, label: monthLabel(key) }));
}

/** The tags in use, each once (first spelling seen), in alphabetical order. */
export function tagsPresent(entries: readonly JournalEntry[]): string[] {
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    if (entry.status !== 'ok') continue;
    for (const tag of entry.tags) {
      const key = tag.toLocaleLowerCase();
      if (!byKey.has(key)) byKey.set(key, tag);
    }
  }
  return [...byKey.values()].sort((left, right) => left.localeCompare(right, DATE_LOCALE, { sensitivity: 'base' }));
}

/** Lower case, accents off, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The words of a query, folded; empty when there is nothing to search for. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

const haystacks = new WeakMap<ReadableEntry, string>();

/** The folded text and tags of an entry, worked out once per entry object (entries are never mutated). */
function haystackOf(entry: ReadableEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = foldForSearch(`${entry.text}\n${entry.tags.join('\n')}`);
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/** True when every term appears in the entry's text or tags. */
export function matchesTerms(entry: JournalEntry, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  if (entry.status !== 'ok') return false;
  const haystack = haystackOf(entry);
  return terms.every((term) => haystack.includes(term));
}

/**
 * The entries that pass every filter, in the order given. `searchHits`, when given, are the ids the search
 * index found for `filters.query`, and answer the search in place of the plain scan; the other filters apply
 * exactly as they do without it.
 */
export function filterEntries(entries: readonly JournalEntry[], filters: JournalFilters, searchHits?: ReadonlySet<string>): JournalEntry[] {
  const terms = searchTerms(filters.query);
  const tag = filters.tag?.toLocaleLowerCase() ?? null;
  return entries.filter((entry) => {
    if (filters.author !== 'both' && entry.author !== filters.author) return false;
    if (filters.month !== null && monthKey(entry.createdAt) !== filters.month) return false;
    if (tag !== null && (entry.status !== 'ok' || !entry.tags.some((t) => t.toLocaleLowerCase() === tag))) return false;
    if (searchHits !== undefined && terms.length > 0) return entry.status === 'ok' && searchHits.has(entry.id);
    return matchesTerms(entry, terms);
  });
}

/** One entry of the history; the first (newest) entry of each day carries the day's heading above it. */
export interface HistoryRow {
  entry: JournalEntry;
  dayKey: string;
  startsDay: boolean;
}

/** Groups entries (already newest first) by local day. Headings are written when shown (see dayHeading). */
export function toHistoryRows(entries: readonly JournalEntry[]): HistoryRow[] {
  let previousDay: string | null = null;
  return entries.map((entry) => {
    const key = dayKey(entry.createdAt);
    const startsDay = key !== previousDay;
    previousDay = key;
    return { entry, dayKey: key, startsDay };
  });
}

/** Readable entries written on today's month and day in earlier years, newest first. */
export function onThisDay(entries: readonly JournalEntry[], now: number): ReadableEntry[] {
  const today = new Date(now);
  return entries.filter((entry): entry is ReadableEntry => {
    if (entry.status !== 'ok') return false;
    const date = new Date(entry.createdAt);
    return date.getFullYear() < today.getFullYear() && date.getMonth() === today.getMonth() && date.getDate() === today.getDate();
  });
}

/** "A year ago", "3 years ago". */
export function yearsAgo(ms: number, now: number): string {
  const years = new Date(now).getFullYear() - new Date(ms).getFullYear();
  return years === 1 ? 'A year ago' : `${years} years ago`;
}
