/**
 * The "sustained distress" suggestion: when one partner's weekly check-ins have been hard for a month, the
 * screens gently suggest talking to someone outside the couple (a doctor, a counsellor) and point to
 * Guidance. It is never a diagnosis and says nothing about what the weeks mean.
 *
 * The rule, per partner, over the weekly check-ins the viewer may see: the partner's four most recent weekly
 * check-ins (the newest from this week or last week) each had mood at "A bit flat" or lower (<= 2) or stress
 * at "Under pressure" or higher (>= 4).
 */
import type { WeekKey } from './dates';
import { PARTNER_IDS, type PartnerId } from './checkinSchema';
import { latestRun, type WeeklySignal } from './recentRun';

export const DISTRESS_RUN = 4;
export const LOW_MOOD_AT_MOST = 2;
export const HIGH_STRESS_AT_LEAST = 4;

export function isHardWeek(signal: WeeklySignal): boolean {
  return signal.scales.mood <= LOW_MOOD_AT_MOST || signal.scales.stress >= HIGH_STRESS_AT_LEAST;
}

/** The partners whose recent weeks have been hard; empty most of the time. */
export function partnersInSustainedDistress(signals: readonly WeeklySignal[], thisWeek: WeekKey): PartnerId[] {
  return PARTNER_IDS.filter((author) => latestRun(signals, author, thisWeek, DISTRESS_RUN)?.every(isHardWeek) ?? false);
}
