/** Test helpers: a partner's weekly check-ins as one compact line each. Used only by the rules' tests. */
import { addWeeks, type WeekKey } from './dates';
import type { PartnerId } from './checkinSchema';
import type { ScaleValue } from './scales';
import type { WeeklySignal } from './recentRun';

export const THIS_WEEK: WeekKey = '2026-W20';

export interface WeekSketch {
  /** Weeks before this week: 0 is this week, 1 last week. */
  ago: number;
  mood?: ScaleValue;
  close?: ScaleValue;
  stress?: ScaleValue;
  bothered?: boolean;
}

export function weeksOf(author: PartnerId, sketches: readonly WeekSketch[]): WeeklySignal[] {
  return sketches.map((sketch) => ({
    author,
    week: addWeeks(THIS_WEEK, -sketch.ago),
    isBothered: sketch.bothered ?? false,
    scales: { mood: sketch.mood ?? 3, emotionalCloseness: sketch.close ?? 3, physicalCloseness: 3, stress: sketch.stress ?? 2 },
  }));
}

/** `n` consecutive weeks ending `from` weeks ago, each shaped by `shape(i)` (i = 0 is the newest). */
export function run(n: number, from: number, shape: (index: number) => Omit<WeekSketch, 'ago'>): WeekSketch[] {
  return Array.from({ length: n }, (_, index) => ({ ago: from + index, ...shape(index) }));
}
