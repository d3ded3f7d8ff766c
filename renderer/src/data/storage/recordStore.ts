/**
 * Sealed records: the one place that turns a plain payload into what is stored, and back.
 *
 * Writes happen in two steps: `seal` encrypts (before any transaction opens: awaiting WebCrypto inside a
 * Dexie transaction commits it early), then `commit` stores any number of sealed records and removals in one
 * transaction, so a check-in and its private note land together or not at all. Binds each ciphertext to its
 * record's id, kind, key, author and creation time, so a body moved to another record, or a record relabelled
 * on disk, no longer opens. Never deletes a record it cannot read: it reports it as unreadable and leaves it
 * be. The other partner's private records are never returned. Failed writes surface as WriteFailedError or
 * StorageFullError and change nothing.
 */
import { openJson, sealJson, type RecordBinding } from '../crypto/envelope';
import type { KeyRing } from '../session/keyRing';
import type { HearthDb } from './hearthDb';
import { assertStorable, type KeyId, type PartnerSlot, type RecordKind, type StoredRecord } from './storedRecord';
import { toWriteError } from './writeErrors';

export const RECORD_FORMAT_VERSION = 1;

/** What is known of a record without opening it: the plaintext fields. */
export interface RecordMeta {
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

/** A record sealed and checked, ready to commit. */
export interface SealedWrite {
  type: 'put';
  record: StoredRecord;
  /** True for the few shared records either partner may replace (the partners' profiles). */
  mayReplaceOthers: boolean;
}

/** A removal of one of the present partner's own records, to commit with other writes. */
export interface RemoveWrite {
  type: 'remove';
  id: string;
}

export type PendingWrite = SealedWrite | RemoveWrite;

/** Told after each committed write, with the kinds it touched. */
export type ChangeListener = (kinds: ReadonlySet<RecordKind>) => void;

export class NotYourRecordError extends Error {
  constructor() {
    super('A partner can only change their own records.');
    this.name = 'NotYourRecordError';
  }
}

export class RecordStore {
  #db: HearthDb;
  #keys: KeyRing;
  #now: () => number;
  #listeners = new Set<ChangeListener>();

  constructor(db: HearthDb, keys: KeyRing, now: () => number = Date.now) {
    this.#db = db;
    this.#keys = keys;
    this.#now = now;
  }

  /** The partner who is here; throws when locked. */
  get partner(): PartnerSlot {
    return this.#keys.partner;
  }

  /** The key ring this store reads with (for derived ids, such as drafts'). */
  get keys(): KeyRing {
    return this.#keys;
  }

  /**
   * Seals a record by the partner who is here, keeping the creation time of the record it replaces. Stores
   * nothing: pass the answer to `commit`. Only the author may replace a record, unless `mayReplaceOthers`.
   */
  async seal<T>(input: PutRecordInput<T>, options: { mayReplaceOthers?: boolean } = {}): Promise<SealedWrite> {
    const author = this.#keys.partner;
    const key = this.#keys.keyFor(input.keyId, author)!;
    const existing = input.id ? await this.#db.records.get(input.id) : undefined;
    const mayReplaceOthers = options.mayReplaceOthers ?? false;
    if (existing && existing.author !== author && !mayReplaceOthers) throw new NotYourRecordError();
    const now = this.#now();
    const meta: RecordMeta = {
      id: input.id ?? crypto.randomUUID(),
      kind: input.kind,
      keyId: input.keyId,
      author,
      createdAt: existing?.createdAt ?? input.createdAt ?? now,
      updatedAt: now,
    };
    const sealed = await sealJson(key, input.payload, bindingFor(meta));
    const record: StoredRecord = { ...meta, sealed: { v: 1, iv: sealed.iv, ct: sealed.ct } };
    assertStorable(record);
    return { type: 'put', record, mayReplaceOthers };
  }

  /** Stores sealed records and removes records in one strict transaction: all of them, or none. */
  async commit(writes: readonly PendingWrite[]): Promise<RecordMeta[]> {
    const author = this.#keys.partner;
    const kinds = new Set<RecordKind>();
    try {
      await this.#db.transaction('rw', this.#db.records, async () => {
        for (const write of writes) {
          const existing = await this.#db.records.get(write.type === 'put' ? write.record.id : write.id);
          if (write.type === 'remove') {
            if (!existing) continue;
            if (existing.author !== author) throw new NotYourRecordError();
            kinds.add(existing.kind);
            await this.#db.records.delete(write.id);
          } else {
            if (existing && existing.author !== author && !write.mayReplaceOthers) throw new NotYourRecordError();
            kinds.add(write.record.kind);
            await this.#db.records.put(write.record);
          }
        }
      });
    } catch (error) {
      throw toWriteError(error);
    }
    if (kinds.size > 0) this.#listeners.forEach((listener) => listener(kinds));
    return writes.flatMap((write) => (write.type === 'put' ? [metaOf(write.record)] : []));
  }

  /** Seals and stores one record by the partner who is here; answers what was stored (no read-back). */
  async save<T>(input: PutRecordInput<T>, options: { mayReplaceOthers?: boolean } = {}): Promise<RecordMeta> {
    const [meta] = await this.commit([await this.seal(input, options)]);
    return meta!;
  }

  /** Like `save`, answering only the id. */
  async put<T>(input: PutRecordInput<T>): Promise<string> {
    return (await this.save(input)).id;
  }

  /**
   * Like `put`, for the few shared records either partner may change (the partners' profiles): it replaces
   * the record whoever wrote it last. Only for the Us space.
   */
  async putShared<T>(input: PutRecordInput<T> & { id: string; keyId: 'us'; kind: 'profile' }): Promise<string> {
    return (await this.save(input, { mayReplaceOthers: true })).id;
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
    try {
      await this.#db.records.bulkPut(records);
    } catch (error) {
      throw toWriteError(error);
    }
    this.#listeners.forEach((listener) => listener(new Set(records.map((record) => record.kind))));
    return records.map((record) => record.id);
  }

  /** Listens for committed writes; answers a function that stops listening. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** Opens one record, or null when it does not exist or belongs to the other partner's private space. */
  async get<T>(id: string): Promise<OpenedRecord<T> | null> {
    this.#keys.require();
    const record = await this.#db.records.get(id);
    return record ? this.#open<T>(record) : null;
  }

  /** The newest records of a kind that this partner may read, newest first. */
  async newest<T>(kind: RecordKind, limit: number): Promise<OpenedRecord<T>[]> {
    return this.#openAll<T>(await this.#newestRows(kind, [kind, Infinity], () => true, limit));
  }

  /**
   * Like `newest`, for records older than a cursor (createdAt, then id), newest first: the next page of a
   * long history, so no single read holds the page for long.
   */
  async newestBefore<T>(kind: RecordKind, before: { createdAt: number; id: string }, limit: number): Promise<OpenedRecord<T>[]> {
    const isBefore = (row: StoredRecord) => row.createdAt < before.createdAt || row.id < before.id;
    return this.#openAll<T>(await this.#newestRows(kind, [kind, before.createdAt], isBefore, limit));
  }

  /** Records of a kind made between two times (inclusive start, exclusive end), newest first. */
  async between<T>(kind: RecordKind, from: number, to: number): Promise<OpenedRecord<T>[]> {
    return this.#openAll<T>(await this.#readableRowsBetween(kind, from, to));
  }

  /**
   * The plaintext fields of the records of a kind made in [from, to) that this partner may read, newest
   * first. Nothing is opened: for screens that need only who wrote and when.
   */
  async metasBetween(kind: RecordKind, from: number, to: number): Promise<RecordMeta[]> {
    return (await this.#readableRowsBetween(kind, from, to)).map(metaOf);
  }

  /**
   * Who wrote records of these kinds and when, by either partner and in either space, read from the
   * `[kind+author+createdAt]` index alone: no record is opened, and only plaintext fields come back.
   */
  async authoredTimes(kinds: readonly RecordKind[], since = -Infinity): Promise<{ kind: RecordKind; author: PartnerSlot; createdAt: number }[]> {
    this.#keys.require();
    const perKind = await Promise.all(
      kinds.map((kind) =>
        this.#db.records
          .where('[kind+author+createdAt]')
          .between([kind, '', since], [kind, '\uffff', Infinity])
          .keys(),
      ),
    );
    // Dexie types compound index keys loosely; each is [kind, author, createdAt] by the schema.
    return (perKind.flat() as unknown[]).flatMap((key) => {
      if (!Array.isArray(key) || typeof key[2] !== 'number') return [];
      return [{ kind: key[0] as RecordKind, author: key[1] as PartnerSlot, createdAt: key[2] as number }];
    });
  }

  /** When records of these kinds were made, by either partner, from the index alone. For the day count. */
  async createdAtsOf(kinds: readonly RecordKind[]): Promise<number[]> {
    return (await this.authoredTimes(kinds)).map((entry) => entry.createdAt);
  }

  /**
   * Every record this partner may read (both partners' shared records and their own private ones), opened,
   * drafts left out: for the open export. Unreadable records come back as such.
   */
  async everyReadable(): Promise<OpenedRecord<unknown>[]> {
    this.#keys.require();
    const rows = await this.#db.records.filter((row) => row.kind !== 'draft' && this.#isReadable(row)).toArray();
    return this.#openAll<unknown>(rows);
  }

  /** Which of these ids are stored already (by either partner). */
  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const found = await this.#db.records.bulkGet([...ids]);
    return new Set(found.flatMap((row) => (row ? [row.id] : [])));
  }

  /** Removes one of this partner's own records. */
  async delete(id: string): Promise<void> {
    await this.commit([{ type: 'remove', id }]);
  }

  async #readableRowsBetween(kind: RecordKind, from: number, to: number): Promise<StoredRecord[]> {
    this.#keys.require();
    return this.#db.records
      .where('[kind+createdAt]')
      .between([kind, from], [kind, to], true, false)
      .reverse()
      .filter((row) => this.#isReadable(row))
      .toArray();
  }

  async #newestRows(kind: RecordKind, upper: [RecordKind, number], keep: (row: StoredRecord) => boolean, limit: number): Promise<StoredRecord[]> {
    this.#keys.require();
    return this.#db.records
      .where('[kind+createdAt]')
      .between([kind, -Infinity], upper, true, true)
      .reverse()
      .filter((row) => keep(row) && this.#isReadable(row))
      .limit(limit)
      .toArray();
  }

  #isReadable(row: StoredRecord): boolean {
    return this.#keys.keyFor(row.keyId, row.author) !== undefined;
  }

  async #openAll<T>(rows: readonly StoredRecord[]): Promise<OpenedRecord<T>[]> {
    const opened = await Promise.all(rows.map((row) => this.#open<T>(row)));
    return opened.filter((record): record is OpenedRecord<T> => record !== null);
  }

  async #open<T>(record: StoredRecord): Promise<OpenedRecord<T> | null> {
    const key = this.#keys.keyFor(record.keyId, record.author);
    if (!key) return null;
    const meta = metaOf(record);
    try {
      const payload = await openJson<T>(key, record.sealed, bindingFor(meta));
      return { ...meta, status: 'ok', payload };
    } catch {
      return { ...meta, status: 'unreadable' };
    }
  }
}

function metaOf(record: StoredRecord): RecordMeta {
  const { id, kind, keyId, author, createdAt, updatedAt } = record;
  return { id, kind, keyId, author, createdAt, updatedAt };
}

/** The associated data names everything on disk that says what the record is (exported for restore's preview). */
export function bindingFor(meta: RecordMeta): RecordBinding {
  return {
    table: 'records',
    id: meta.id,
    field: `body/${meta.kind}/${meta.keyId}/${meta.author}/${meta.createdAt}`,
    formatVersion: RECORD_FORMAT_VERSION,
  };
}
