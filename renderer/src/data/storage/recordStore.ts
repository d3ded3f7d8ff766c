/**
 * Sealed records: the one place that turns a feature's plain payload into what is stored, and back.
 *
 * Encrypts before the transaction opens (awaiting WebCrypto inside a Dexie transaction commits it early).
 * Binds each ciphertext to its record's id, kind, key and author, so a body moved to another record, or a
 * record relabelled on disk, no longer opens. Never deletes a record it cannot read: it reports it as
 * unreadable and leaves it be. The other partner's private records are never returned.
 */
import { openJson, sealJson, type RecordBinding } from '../crypto/envelope';
import type { KeyRing } from '../session/keyRing';
import type { HearthDb } from './hearthDb';
import { assertStorable, type KeyId, type PartnerSlot, type RecordKind, type StoredRecord } from './storedRecord';

export const RECORD_FORMAT_VERSION = 1;

interface RecordMeta {
  id: string;
  kind: RecordKind;
  keyId: KeyId;
  author: PartnerSlot;
  createdAt: number;
  updatedAt: number;
}

export type OpenedRecord<T> = (RecordMeta & { status: 'ok'; payload: T }) | (RecordMeta & { status: 'unreadable' });

export interface PutRecordInput<T> {
  id?: string;
  kind: RecordKind;
  keyId: KeyId;
  payload: T;
  createdAt?: number;
}

export class RecordStore {
  #db: HearthDb;
  #keys: KeyRing;
  #now: () => number;

  constructor(db: HearthDb, keys: KeyRing, now: () => number = Date.now) {
    this.#db = db;
    this.#keys = keys;
    this.#now = now;
  }

  /** The partner who is here; throws when locked. */
  get partner(): PartnerSlot {
    return this.#keys.partner;
  }

  /** Seals and stores a record by the partner who is here; answers its id. Only the author may replace it. */
  async put<T>(input: PutRecordInput<T>): Promise<string> {
    return this.#write(input, false);
  }

  /**
   * Like `put`, for the few shared records either partner may change (the partners' profiles): it replaces
   * the record whoever wrote it last. Only for the Us space.
   */
  async putShared<T>(input: PutRecordInput<T> & { id: string; keyId: 'us'; kind: 'profile' }): Promise<string> {
    return this.#write(input, true);
  }

  /**
   * Seals many new records by the partner who is here and stores them in one transaction (import, restore,
   * the benchmark's generated vault). All are sealed first; nothing is stored unless every one is valid.
   */
  async putMany<T>(inputs: readonly PutRecordInput<T>[]): Promise<string[]> {
    const author = this.#keys.partner;
    const now = this.#now();
    const records = await Promise.all(
      inputs.map(async (input) => {
        const createdAt = input.createdAt ?? now;
        const meta: RecordMeta = { id: input.id ?? crypto.randomUUID(), kind: input.kind, keyId: input.keyId, author, createdAt, updatedAt: createdAt };
        const sealed = await sealJson(this.#keys.keyFor(input.keyId, author)!, input.payload, bindingFor(meta));
        const record: StoredRecord = { ...meta, sealed: { v: 1, iv: sealed.iv, ct: sealed.ct } };
        assertStorable(record);
        return record;
      }),
    );
    await this.#db.records.bulkPut(records);
    return records.map((record) => record.id);
  }

  async #write<T>(input: PutRecordInput<T>, mayReplaceOthers: boolean): Promise<string> {
    const author = this.#keys.partner;
    const key = this.#keys.keyFor(input.keyId, author)!;
    const id = input.id ?? crypto.randomUUID();
    const existing = input.id ? await this.#db.records.get(input.id) : undefined;
    if (existing && existing.author !== author && !mayReplaceOthers) {
      throw new Error('A partner can only change their own records.');
    }
    const now = this.#now();
    const meta: RecordMeta = {
      id,
      kind: input.kind,
      keyId: input.keyId,
      author,
      createdAt: existing?.createdAt ?? input.createdAt ?? now,
      updatedAt: now,
    };
    // Sealed before the write: awaiting WebCrypto inside a Dexie transaction would commit it early.
    const sealed = await sealJson(key, input.payload, bindingFor(meta));
    const record: StoredRecord = { ...meta, sealed: { v: 1, iv: sealed.iv, ct: sealed.ct } };
    assertStorable(record);
    await this.#db.records.put(record);
    return id;
  }

  /** Opens one record, or null when it does not exist or belongs to the other partner's private space. */
  async get<T>(id: string): Promise<OpenedRecord<T> | null> {
    this.#keys.require();
    const record = await this.#db.records.get(id);
    return record ? this.#open<T>(record) : null;
  }

  /** The newest records of a kind that this partner may read, newest first. */
  async newest<T>(kind: RecordKind, limit: number): Promise<OpenedRecord<T>[]> {
    this.#keys.require();
    const rows = await this.#db.records
      .where('[kind+createdAt]')
      .between([kind, -Infinity], [kind, Infinity])
      .reverse()
      .filter((row) => this.#keys.keyFor(row.keyId, row.author) !== undefined)
      .limit(limit)
      .toArray();
    const opened = await Promise.all(rows.map((row) => this.#open<T>(row)));
    return opened.filter((record): record is OpenedRecord<T> => record !== null);
  }

  /**
   * Like `newest`, for records older than a cursor (createdAt, then id), newest first: the next page of a
   * long history, so no single read holds the page for long.
   */
  async newestBefore<T>(kind: RecordKind, before: { createdAt: number; id: string }, limit: number): Promise<OpenedRecord<T>[]> {
    this.#keys.require();
    const rows = await this.#db.records
      .where('[kind+createdAt]')
      .between([kind, -Infinity], [kind, before.createdAt], true, true)
      .reverse()
      .filter(
        (row) =>
          (row.createdAt < before.createdAt || row.id < before.id) && this.#keys.keyFor(row.keyId, row.author) !== undefined,
      )
      .limit(limit)
      .toArray();
    const opened = await Promise.all(rows.map((row) => this.#open<T>(row)));
    return opened.filter((record): record is OpenedRecord<T> => record !== null);
  }

  /**
   * When records of these kinds were made, by either partner, read from the index alone: no record is
   * opened, and only timestamps (already plaintext, for ordering) come back. For the day count.
   */
  async createdAtsOf(kinds: readonly RecordKind[]): Promise<number[]> {
    this.#keys.require();
    const keys = await Promise.all(
      kinds.map((kind) => this.#db.records.where('[kind+createdAt]').between([kind, -Infinity], [kind, Infinity]).keys()),
    );
    return keys.flat().flatMap((key) => (Array.isArray(key) && typeof key[1] === 'number' ? [key[1]] : []));
  }

  /** Removes one of this partner's own records. */
  async delete(id: string): Promise<void> {
    const author = this.#keys.partner;
    const record = await this.#db.records.get(id);
    if (!record) return;
    if (record.author !== author) throw new Error('A partner can only delete their own records.');
    await this.#db.records.delete(id);
  }

  async #open<T>(record: StoredRecord): Promise<OpenedRecord<T> | null> {
    const key = this.#keys.keyFor(record.keyId, record.author);
    if (!key) return null;
    const meta: RecordMeta = {
      id: record.id,
      kind: record.kind,
      keyId: record.keyId,
      author: record.author,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    try {
      const payload = await openJson<T>(key, record.sealed, bindingFor(meta));
      return { ...meta, status: 'ok', payload };
    } catch {
      return { ...meta, status: 'unreadable' };
    }
  }
}

/** The associated data names everything on disk that says what the record is. */
function bindingFor(meta: RecordMeta): RecordBinding {
  return {
    table: 'records',
    id: meta.id,
    field: `body/${meta.kind}/${meta.keyId}/${meta.author}/${meta.createdAt}`,
    formatVersion: RECORD_FORMAT_VERSION,
  };
}
