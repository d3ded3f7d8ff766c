/**
 * The typed records API every feature's repository stands on: `collection(store, kind, schema)` gives one
 * record kind with its payload schema, and does once, for all of them, what each repository used to write
 * itself: parse on the way in (a bad value throws InvalidRecordError and nothing is stored), seal once and
 * answer what was stored without reading it back, open and parse on the way out (a record that does not
 * open, or whose payload fails the schema, is `unreadable` in its place, never a crash and never deleted).
 *
 * Must not: reach Dexie or the cipher itself (the RecordStore does), or return the other partner's private
 * records (the store never opens them).
 */
import type { Space } from '@shared/partners';
import type { z } from 'zod';
import type { OpenedRecord, PendingWrite, RecordMeta, RecordStore } from '../storage/recordStore';
import type { PartnerSlot, RecordKind } from '../storage/storedRecord';

/** A record as features see it: its plaintext fields and, when it opened and parsed, its value. */
export type Stored<T> =
  | { status: 'ok'; id: string; author: PartnerSlot; space: Space; createdAt: number; updatedAt: number; value: T }
  | { status: 'unreadable'; id: string; author: PartnerSlot; space: Space; createdAt: number; updatedAt: number };

export type StoredOk<T> = Extract<Stored<T>, { status: 'ok' }>;

/** Where a page ends: the last record's time, and its id to break ties within a millisecond. */
export interface PageCursor {
  createdAt: number;
  id: string;
}

export interface Page<T> {
  items: Stored<T>[];
  /** Where the next page starts, or null when this was the last. */
  next: PageCursor | null;
}

/** Where a record goes: its space, and for a change, its id (a new record gets a random one). */
export interface Placement {
  id?: string;
  space: Space;
  /** Only for putting a record back (undo, restore): its original time. */
  createdAt?: number;
}

export class InvalidRecordError extends Error {
  constructor(kind: RecordKind, detail: string) {
    super(`Refused to store a ${kind} record that does not fit its schema (${detail}).`);
    this.name = 'InvalidRecordError';
  }
}

export interface Collection<T> {
  readonly kind: RecordKind;
  /** The partner who is here; throws when locked. */
  readonly partner: PartnerSlot;
  /** Parses, seals and stores a value; answers it as stored. */
  put(value: T, placement: Placement): Promise<StoredOk<T>>;
  /** Parses and seals a value without storing it: commit it with others through `commit`. */
  prepare(value: T, placement: Placement): Promise<PendingWrite>;
  /** A removal of one of the present partner's own records, to commit with others. */
  prepareRemove(id: string): PendingWrite;
  get(id: string): Promise<Stored<T> | null>;
  newest(limit: number): Promise<Stored<T>[]>;
  page(options: { after?: PageCursor | null; limit: number }): Promise<Page<T>>;
  /** Records made in [from, to), newest first (a day, a week, a month). */
  between(from: number, to: number): Promise<Stored<T>[]>;
  /** Removes one of the present partner's own records. */
  remove(id: string): Promise<void>;
  /** Who wrote and when, from the index alone: nothing is opened. */
  authoredTimes(since?: number): Promise<{ author: PartnerSlot; createdAt: number }[]>;
  /** Told after every committed write to this kind; answers a function that stops listening. */
  subscribe(listener: () => void): () => void;
}

/** Newest first; records of the same millisecond by id, descending, as the store's index orders them. */
export function compareNewestFirst(left: PageCursor, right: PageCursor): number {
  if (left.createdAt !== right.createdAt) return right.createdAt - left.createdAt;
  return left.id < right.id ? 1 : left.id > right.id ? -1 : 0;
}

/** Stores several prepared writes from any collections in one transaction: all of them, or none. */
export function commit(store: RecordStore, writes: readonly PendingWrite[]): Promise<RecordMeta[]> {
  return store.commit(writes);
}

export function collection<S extends z.ZodType>(store: RecordStore, kind: RecordKind, schema: S): Collection<z.output<S>> {
  type T = z.output<S>;

  const parseIn = (value: T): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new InvalidRecordError(kind, result.error.issues.map((issue) => issue.path.join('.') || issue.code).join(', '));
    return result.data as T;
  };

  const parseOut = (record: OpenedRecord<unknown>): Stored<T> => {
    const meta = { id: record.id, author: record.author, space: record.keyId, createdAt: record.createdAt, updatedAt: record.updatedAt };
    if (record.status !== 'ok' || record.kind !== kind) return { ...meta, status: 'unreadable' };
    const result = schema.safeParse(record.payload);
    return result.success ? { ...meta, status: 'ok', value: result.data as T } : { ...meta, status: 'unreadable' };
  };

  const prepare = (value: T, placement: Placement) =>
    store.seal({ id: placement.id, kind, keyId: placement.space, payload: parseIn(value), createdAt: placement.createdAt });

  return {
    kind,
    get partner() {
      return store.partner;
    },
    async put(value, placement) {
      const parsed = parseIn(value);
      const meta = await store.save({ id: placement.id, kind, keyId: placement.space, payload: parsed, createdAt: placement.createdAt });
      return { status: 'ok', id: meta.id, author: meta.author, space: meta.keyId, createdAt: meta.createdAt, updatedAt: meta.updatedAt, value: parsed };
    },
    prepare,
    prepareRemove: (id) => ({ type: 'remove', id }),
    async get(id) {
      const record = await store.get<unknown>(id);
      return record && record.kind === kind ? parseOut(record) : null;
    },
    async newest(limit) {
      return (await store.newest<unknown>(kind, limit)).map(parseOut).sort(compareNewestFirst);
    },
    async page({ after, limit }) {
      const records = after ? await store.newestBefore<unknown>(kind, after, limit + 1) : await store.newest<unknown>(kind, limit + 1);
      const items = records.map(parseOut).sort(compareNewestFirst);
      if (items.length <= limit) return { items, next: null };
      const kept = items.slice(0, limit);
      const last = kept[kept.length - 1]!;
      return { items: kept, next: { createdAt: last.createdAt, id: last.id } };
    },
    async between(from, to) {
      return (await store.between<unknown>(kind, from, to)).map(parseOut).sort(compareNewestFirst);
    },
    remove: (id) => store.delete(id),
    async authoredTimes(since) {
      return (await store.authoredTimes([kind], since)).map(({ author, createdAt }) => ({ author, createdAt }));
    },
    subscribe(listener) {
      return store.onChange((kinds) => {
        if (kinds.has(kind)) listener();
      });
    },
  };
}
