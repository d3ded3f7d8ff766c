/**
 * The time an export covers: a preset (this month, last month, this year, everything) or the days the person
 * picks. Pure, so the screen, the document and the tests agree on where a range starts and ends.
 */
import { dateOfDay, DAY_KEY_PATTERN, dayKey, type DayKey } from '@shared/checkins';

export const RANGE_PRESETS = ['this-month', 'last-month', 'this-year', 'custom', 'everything'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface RangeChoice {
  preset: RangePreset;
  /** The custom range's first and last day (inclusive), as `YYYY-MM-DD`. */
  customFrom: string;
  customTo: string;
}

/** A resolved range: [from, to) in milliseconds, and the days it names for people. */
export interface ExportRange {
  from: number;
  to: number;
  /** The first and last day shown on the cover; for "everything", the first and last day written. */
  firstDay: DayKey;
  lastDay: DayKey;
  isEverything: boolean;
}

export type RangeResult = { ok: true; range: ExportRange } | { ok: false; message: string };

function between(first: Date, lastInclusive: Date, isEverything = false): RangeResult {
  const to = new Date(lastInclusive.getFullYear(), lastInclusive.getMonth(), lastInclusive.getDate() + 1);
  return { ok: true, range: { from: first.getTime(), to: to.getTime(), firstDay: dayKey(first), lastDay: dayKey(lastInclusive), isEverything } };
}

/** Where a choice starts and ends, as of `now` (local time); a custom range that cannot be used says why. */
export function resolveRange(choice: RangeChoice, now: Date): RangeResult {
  const year = now.getFullYear();
  const month = now.getMonth();
  switch (choice.preset) {
    case 'this-month':
      return between(new Date(year, month, 1), new Date(year, month + 1, 0));
    case 'last-month':
      return between(new Date(year, month - 1, 1), new Date(year, month, 0));
    case 'this-year':
      return between(new Date(year, 0, 1), new Date(year, 11, 31));
    case 'everything':
      // Everything, even a record whose clock ran ahead; the cover names the days actually written (narrowToWritten).
      return { ok: true, range: { from: 0, to: Number.MAX_SAFE_INTEGER, firstDay: dayKey(now), lastDay: dayKey(now), isEverything: true } };
    case 'custom':
      return customRange(choice.customFrom, choice.customTo);
  }
}

function customRange(fromText: string, toText: string): RangeResult {
  if (!DAY_KEY_PATTERN.test(fromText) || !DAY_KEY_PATTERN.test(toText)) {
    return { ok: false, message: 'Choose both a first and a last day.' };
  }
  const first = dateOfDay(fromText);
  const last = dateOfDay(toText);
  if (dayKey(first) !== fromText || dayKey(last) !== toText) return { ok: false, message: 'One of those days does not exist.' };
  if (last < first) return { ok: false, message: 'The last day comes before the first. Swap them, or pick again.' };
  return between(first, last);
}

/** The range with its days narrowed to what was actually written, for "everything". */
export function narrowToWritten(range: ExportRange, times: readonly number[]): ExportRange {
  if (!range.isEverything || times.length === 0) return range;
  return { ...range, firstDay: dayKey(new Date(Math.min(...times))), lastDay: dayKey(new Date(Math.max(...times))) };
}

const longDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "1 March 2026 – 31 March 2026", or one day. */
export function rangeLabel(range: ExportRange): string {
  const first = longDay.format(dateOfDay(range.firstDay));
  const last = longDay.format(dateOfDay(range.lastDay));
  return first === last ? first : `${first} – ${last}`;
}
