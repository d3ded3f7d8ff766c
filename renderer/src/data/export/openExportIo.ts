/**
 * The open export in the page: what the partner who is here may read, decrypted into the JSON of
 * shared/export/openExport.ts; and importing such a file back, all or nothing, merging by id.
 *
 * Import writes only records the present partner wrote (their letter as author): a partner's words are
 * sealed and signed as theirs, so nobody imports them in someone else's name. Records already here (same id)
 * are left as they are. Must not: write anything before the whole file was checked.
 */
import { EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION, type HearthExport } from '@shared/export/openExport';
import type { RecordStore } from '../storage/recordStore';
import type { RecordKind } from '../storage/storedRecord';

/** What an import did. */
export interface ImportReport {
  added: Partial<Record<RecordKind, number>>;
  /** Records whose id is already in this vault: kept as they are. */
  alreadyHere: number;
  /** Records the other partner wrote (or names): not imported. */
  notYours: number;
}

/** Everything the partner who is here may read, as export JSON; records that do not open are counted, not written. */
export async function buildExport(records: RecordStore, now: number = Date.now()): Promise<{ text: string; count: number; unreadable: number }> {
  const opened = await records.everyReadable();
  const readable = opened.flatMap((record) => (record.status === 'ok' && record.kind !== 'draft' ? [record] : []));
  const exported: HearthExport = {
    format: EXPORT_FORMAT_NAME,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now,
    partner: records.partner,
    records: readable
      .sort((left, right) => left.createdAt - right.createdAt || (left.id < right.id ? -1 : 1))
      .map(({ id, kind, keyId, author, createdAt, updatedAt, payload }) => ({
        id,
        kind: kind as HearthExport['records'][number]['kind'],
        space: keyId,
        author,
        createdAt,
        updatedAt,
        payload: payload as Record<string, unknown>,
      })),
  };
  return { text: `${JSON.stringify(exported, null, 2)}\n`, count: readable.length, unreadable: opened.length - readable.length };
}

/** Imports a checked export: the present partner's own records not already here, in one transaction. */
export async function importExport(records: RecordStore, exported: HearthExport): Promise<ImportReport> {
  const partner = records.partner;
  const own = exported.records.filter((record) => record.author === partner && record.kind !== 'profile');
  const existing = await records.existingIds(own.map((record) => record.id));
  const fresh = own.filter((record) => !existing.has(record.id));
  await records.putMany(
    fresh.map((record) => ({ id: record.id, kind: record.kind, keyId: record.space, payload: record.payload, createdAt: record.createdAt })),
  );
  const added: ImportReport['added'] = {};
  for (const record of fresh) added[record.kind] = (added[record.kind] ?? 0) + 1;
  return { added, alreadyHere: own.length - fresh.length, notYours: exported.records.length - own.length };
}
