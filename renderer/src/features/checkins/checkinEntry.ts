/**
 * What the check-in screens see: plain entries with the reveal rule already applied, so a component cannot
 * show a sealed answer by mistake. A partner's sealed weekly answer arrives as `sealed`, with its week and
 * nothing else of what they wrote.
 */
import type { Checkin, PartnerId, Visibility, WeekKey, WeeklyCheckin } from '@shared/checkins';

interface EntryMeta {
  id: string;
  author: PartnerId;
  createdAt: number;
  updatedAt: number;
}

export type OpenEntry<C extends Checkin = Checkin> = EntryMeta & {
  status: 'open';
  checkin: C;
  /** The author's own private note; only ever filled in for the viewer's own check-ins. */
  privateNote: string | null;
  visibility: Exclude<Visibility, 'sealed'>;
};

export type CheckinEntry =
  | OpenEntry
  | (EntryMeta & { status: 'sealed'; week: WeekKey })
  | (EntryMeta & { status: 'unreadable' });

export type OpenWeeklyEntry = OpenEntry<WeeklyCheckin>;

export function isOpenWeekly(entry: CheckinEntry): entry is OpenWeeklyEntry {
  return entry.status === 'open' && entry.checkin.type === 'weekly';
}

export function isOpen(entry: CheckinEntry): entry is OpenEntry {
  return entry.status === 'open';
}
