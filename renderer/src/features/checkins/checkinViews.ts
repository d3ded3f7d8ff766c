/**
 * Plain views over the entries the repository answers: this week side by side, the viewer's own answer
 * for today or this week (to edit), and the weekly lines the gentle rules read.
 */
import { dayKey, weekKey, type PartnerId, type WeekKey, type WeeklySignal } from '@shared/checkins';
import type { CheckinKind } from './checkinAnswers';
import { isOpenWeekly, type CheckinEntry, type OpenEntry, type OpenWeeklyEntry } from './checkinEntry';

export type PartnerWeek =
  | { state: 'notYet' }
  | { state: 'sealed' }
  | { state: 'open'; entry: OpenWeeklyEntry };

export interface WeekView {
  week: WeekKey;
  mine: OpenWeeklyEntry | null;
  partner: PartnerWeek;
}

import { otherPartner } from '@shared/partners';
export { otherPartner } from '@shared/partners';

export function weekViewOf(entries: readonly CheckinEntry[], viewer: PartnerId, week: WeekKey): WeekView {
  const mine = entries.find((entry): entry is OpenWeeklyEntry => isOpenWeekly(entry) && entry.author === viewer && entry.checkin.week === week);
  const partnerId = otherPartner(viewer);
  let partner: PartnerWeek = { state: 'notYet' };
  for (const entry of entries) {
    if (entry.author !== partnerId) continue;
    if (entry.status === 'sealed' && entry.week === week) partner = { state: 'sealed' };
    if (isOpenWeekly(entry) && entry.checkin.week === week) partner = { state: 'open', entry };
    if (partner.state !== 'notYet') break;
  }
  return { week, mine: mine ?? null, partner };
}

/** The viewer's quick check-in for today, or weekly one for this week, if they have saved it. */
export function ownAnswerFor(entries: readonly CheckinEntry[], viewer: PartnerId, kind: CheckinKind, now: Date): OpenEntry | null {
  const found = entries.find((entry): entry is OpenEntry => {
    if (entry.status !== 'open' || entry.author !== viewer || entry.checkin.type !== kind) return false;
    return entry.checkin.type === 'weekly' ? entry.checkin.week === weekKey(now) : entry.checkin.day === dayKey(now);
  });
  return found ?? null;
}

/** Weekly answers the viewer may see (their own and revealed ones), for the slipping-back and support rules. */
export function weeklySignals(entries: readonly CheckinEntry[]): WeeklySignal[] {
  return entries.filter(isOpenWeekly).map((entry) => ({
    author: entry.author,
    week: entry.checkin.week,
    scales: entry.checkin.scales,
    isBothered: entry.checkin.bothering.isBothered,
  }));
}
