/**
 * The "slipping back" hint: when recent weekly check-ins suggest the couple is drifting, the screens show a
 * calm card suggesting a 20-minute talk. It is a nudge, never a verdict, and it names no one.
 *
 * The rule, per partner, over the weekly check-ins the viewer may see (their own, and the partner's once
 * revealed, so the hint never leaks a sealed answer), counting a partner's answers only while their newest is
 * from this week or last week:
 *
 * 1. Something bothering, three in a row: the partner's three most recent weekly check-ins all answered
 *    "yes" to "Is something bothering you?".
 * 2. Closeness easing: with at least six weekly check-ins from the partner, the average "feeling close" of
 *    their three most recent is at least one point below the average of the three before those.
 *
 * Either one, for either partner, shows the card. Quick (daily) check-ins are not read: a single hard day
 * should not raise anything.
 */
import type { WeekKey } from './dates';
import { PARTNER_IDS, type PartnerId } from './checkinSchema';
import { average, latestRun, type WeeklySignal } from './recentRun';

export const BOTHERED_RUN = 3;
export const CLOSENESS_WINDOW = 3;
export const CLOSENESS_DROP = 1;

export type SlippingBackReason =
  | { kind: 'botheredInARow'; author: PartnerId }
  | { kind: 'closenessEasing'; author: PartnerId; earlier: number; recent: number };

export function slippingBackReasons(signals: readonly WeeklySignal[], thisWeek: WeekKey): SlippingBackReason[] {
  return PARTNER_IDS.flatMap((author) => {
    const reasons: SlippingBackReason[] = [];
    const bothered = latestRun(signals, author, thisWeek, BOTHERED_RUN);
    if (bothered?.every((signal) => signal.isBothered)) reasons.push({ kind: 'botheredInARow', author });
    const run = latestRun(signals, author, thisWeek, CLOSENESS_WINDOW * 2);
    if (run) {
      const closeness = run.map((signal) => signal.scales.emotionalCloseness);
      const recent = average(closeness.slice(0, CLOSENESS_WINDOW));
      const earlier = average(closeness.slice(CLOSENESS_WINDOW));
      if (earlier - recent >= CLOSENESS_DROP) reasons.push({ kind: 'closenessEasing', author, earlier, recent });
    }
    return reasons;
  });
}

export function isSlippingBack(signals: readonly WeeklySignal[], thisWeek: WeekKey): boolean {
  return slippingBackReasons(signals, thisWeek).length > 0;
}
