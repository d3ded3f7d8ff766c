/**
 * Turns opened check-in records into the entries the screens may show to the partner who is here: joins
 * each of the viewer's check-ins with its private note, and seals the partner's weekly answers that the
 * reveal rule (shared/checkins/reveal.ts) does not yet allow.
 */
import { visibilityOf, type CheckinPayload, type PartnerId } from '@shared/checkins';
import type { CheckinEntry } from './checkinEntry';

export interface RecordHead {
  id: string;
  author: PartnerId;
  createdAt: number;
  updatedAt: number;
}

export type ParsedRecord = RecordHead & ({ status: 'ok'; payload: CheckinPayload } | { status: 'unreadable' });

export function applyReveal(records: readonly ParsedRecord[], viewer: PartnerId): CheckinEntry[] {
  const notes = new Map<string, string>();
  const viewerWeeks = new Set<string>();
  for (const record of records) {
    if (record.status !== 'ok' || record.author !== viewer) continue;
    if (record.payload.type === 'privateNote') notes.set(record.payload.checkinId, record.payload.note);
    if (record.payload.type === 'weekly') viewerWeeks.add(record.payload.week);
  }
  const entries: CheckinEntry[] = [];
  for (const record of records) {
    const head = { id: record.id, author: record.author, createdAt: record.createdAt, updatedAt: record.updatedAt };
    if (record.status !== 'ok') {
      entries.push({ ...head, status: 'unreadable' });
      continue;
    }
    const checkin = record.payload;
    if (checkin.type === 'privateNote') continue;
    const visibility = visibilityOf({
      viewer,
      author: record.author,
      type: checkin.type,
      hasViewerAnswered: checkin.type === 'weekly' && viewerWeeks.has(checkin.week),
      isRevealedByAuthor: checkin.type === 'weekly' && checkin.revealedAt !== null,
    });
    if (visibility === 'sealed') {
      // Only weekly answers are ever sealed; the week is all the partner learns of it.
      if (checkin.type === 'weekly') entries.push({ ...head, status: 'sealed', week: checkin.week });
      continue;
    }
    const privateNote = record.author === viewer ? (notes.get(record.id) ?? null) : null;
    entries.push({ ...head, status: 'open', checkin, privateNote, visibility });
  }
  return entries;
}
