/**
 * When a ritual's reminder comes: on the rule's weekdays at its local time, in the zone the computer is in
 * now, skipping days whose time falls in quiet hours. At most one occurrence per ritual per local day, so
 * a repeated autumn hour can never give two.
 */
import type { QuietHours, RitualRule } from '../settings/reminderSettings';
import { isInQuietHours } from './quietHours';
import { addLocalDays, instantOf, localDateOf, weekdayOf, type LocalDate } from './wallClock';

export interface Occurrence {
  at: number;
  /** The local day it belongs to; a ritual fires at most once per local day. */
  date: LocalDate;
}

/** A week and a day covers every weekday; one more day allows for a zone far ahead. */
const DAYS_TO_LOOK = 9;

/** The first occurrence strictly after `after`, or null when the rule is off or has no days. */
export function nextOccurrence(rule: RitualRule, quiet: QuietHours, zone: string, after: number): Occurrence | null {
  if (!rule.isOn || rule.days.length === 0) return null;
  // Start a day early: just after midnight here, yesterday's late slot elsewhere may still be ahead.
  const first = addLocalDays(localDateOf(after, zone), -1);
  for (let offset = 0; offset <= DAYS_TO_LOOK + 7; offset += 1) {
    const date = addLocalDays(first, offset);
    if (!rule.days.includes(weekdayOf(date))) continue;
    const at = instantOf(date, rule.time, zone);
    if (at > after && !isInQuietHours(at, quiet, zone)) return { at, date };
  }
  return null;
}

/** Every occurrence in (from, to], oldest first. */
export function occurrencesBetween(rule: RitualRule, quiet: QuietHours, zone: string, from: number, to: number): Occurrence[] {
  const found: Occurrence[] = [];
  let cursor = from;
  for (;;) {
    const next = nextOccurrence(rule, quiet, zone, cursor);
    if (!next || next.at > to) return found;
    found.push(next);
    cursor = next.at;
  }
}
