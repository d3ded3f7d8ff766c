/**
 * The journal's one door to stored appreciations: write, change, delete (answering what undo needs),
 * restore, and read newest first, a page at a time. The only journal module that touches the record store.
 *
 * Checks every payload twice: before sealing (too long, empty or bad tags throw InvalidAppreciationError and
 * nothing is stored) and after opening (a payload that does not fit the schema becomes an unreadable entry,
 * never a crash). Never deletes a record it cannot read, and only the author may change or delete an entry
 * (the store enforces it too). The other partner's private entries never reach it.
 */
import {
  parseStoredPayload,
  toPayload,
  type AppreciationChanges,
  type AppreciationPayload,
  type JournalEntry,
  type NewAppreciation,
  type PartnerSlot,
  type ReadableEntry,
  type Space,
} from './appreciation';

const KIND = 'appreciation';

/** A record as the store opens it (the shape of vault/storage/recordStore.ts's OpenedRecord). */
type OpenedMeta = { id: string; kind: string; keyId: Space; author: PartnerSlot; createdAt: number; updatedAt: number };
type Opened<T> = (OpenedMeta & { status: 'ok'; payload: T }) | (OpenedMeta & { status: 'unreadable' });
export type OpenedAppreciation = Opened<unknown>;

/** Where a page ends: the last entry's time, and its id to break ties between entries of the same millisecond. */
export interface PageCursor {
  createdAt: number;
  id: string;
}

/**
 * What the repo needs of the vault's RecordStore, written out so the journal depends on the shape only.
 */
export interface AppreciationStore {
  readonly partner: PartnerSlot;
  put<T>(input: { id?: string; kind: typeof KIND; keyId: Space; payload: T; createdAt?: number }): Promise<string>;
  get<T>(id: string): Promise<Opened<T> | null>;
  newest<T>(kind: typeof KIND, limit: number): Promise<Opened<T>[]>;
  delete(id: string): Promise<void>;
  newestBefore<T>(kind: typeof KIND, before: PageCursor, limit: number): Promise<Opened<T>[]>;
}

/** Everything needed to put a deleted appreciation back exactly as it was. Held in memory only. */
export interface DeletedAppreciation {
  id: string;
  space: Space;
  createdAt: number;
  payload: AppreciationPayload;
}

export interface JournalPage {
  entries: JournalEntry[];
  /** Where the next page starts, or null when this was the last. */
  next: PageCursor | null;
}

export class EntryNotFoundError extends Error {
  constructor() {
    super('That entry is no longer in the journal.');
    this.name = 'EntryNotFoundError';
  }
}

export class NotYourEntryError extends Error {
  constructor() {
    super('Only the person who wrote an entry can change or delete it.');
    this.name = 'NotYourEntryError';
  }
}

/** Turns an opened record into an entry; a payload that fails the schema reads as unreadable. */
export function toEntry(record: OpenedAppreciation): JournalEntry {
  const meta = { id: record.id, author: record.author, space: record.keyId, createdAt: record.createdAt, updatedAt: record.updatedAt };
  if (record.status !== 'ok') return { ...meta, status: 'unreadable' };
  const payload = parseStoredPayload(record.payload);
  if (!payload) return { ...meta, status: 'unreadable' };
  return { ...meta, status: 'ok', text: payload.text, tags: payload.tags, ...(payload.promptId ? { promptId: payload.promptId } : {}) };
}

/** Newest first; entries of the same millisecond by id, descending, as the store's index orders them. */
export function compareNewestFirst(left: PageCursor, right: PageCursor): number {
  if (left.createdAt !== right.createdAt) return right.createdAt - left.createdAt;
  return left.id < right.id ? 1 : left.id > right.id ? -1 : 0;
}

export class AppreciationRepo {
  #store: AppreciationStore;

  constructor(store: AppreciationStore) {
    this.#store = store;
  }

  /** The partner who is here. */
  get partner(): PartnerSlot {
    return this.#store.partner;
  }

  /** Seals and stores a new appreciation by the partner who is here; answers it as the history shows it. */
  async write(input: NewAppreciation): Promise<ReadableEntry> {
    const payload = toPayload(input);
    const id = await this.#store.put({ kind: KIND, keyId: input.space, payload });
    return this.#readBack(id);
  }

  /** Changes the text, tags, space or prompt of the present partner's own entry. */
  async update(id: string, changes: AppreciationChanges): Promise<ReadableEntry> {
    const current = await this.#own(id);
    const promptId = changes.promptId === null ? undefined : (changes.promptId ?? current.promptId);
    const payload = toPayload({ text: changes.text ?? current.text, tags: changes.tags ?? current.tags, promptId });
    await this.#store.put({ id, kind: KIND, keyId: changes.space ?? current.space, payload });
    return this.#readBack(id);
  }

  /** Deletes the present partner's own entry; answers what `restore` needs to undo it. */
  async remove(id: string): Promise<DeletedAppreciation> {
    const current = await this.#own(id);
    const snapshot: DeletedAppreciation = {
      id,
      space: current.space,
      createdAt: current.createdAt,
      payload: toPayload({ text: current.text, tags: current.tags, promptId: current.promptId }),
    };
    await this.#store.delete(id);
    return snapshot;
  }

  /** Puts a deleted entry back with its id, time, space and words (its "last changed" time becomes now). */
  async restore(snapshot: DeletedAppreciation): Promise<ReadableEntry> {
    const payload = toPayload(snapshot.payload);
    await this.#store.put({ id: snapshot.id, kind: KIND, keyId: snapshot.space, payload, createdAt: snapshot.createdAt });
    return this.#readBack(snapshot.id);
  }

  /** One entry, or null when it does not exist or is the other partner's private one. */
  async get(id: string): Promise<JournalEntry | null> {
    const record = await this.#store.get<unknown>(id);
    return record && record.kind === KIND ? toEntry(record) : null;
  }

  /** The newest entries this partner may read, newest first. */
  async newest(limit: number): Promise<JournalEntry[]> {
    const records = await this.#store.newest<unknown>(KIND, limit);
    return records.map(toEntry).sort(compareNewestFirst);
  }

  /** A page of entries, newest first, starting after `after` (or at the newest). */
  async page(options: { after?: PageCursor | null; limit: number }): Promise<JournalPage> {
    const { after, limit } = options;
    if (!after) return this.#pageFrom(await this.newest(limit + 1), limit);
    const records = await this.#store.newestBefore<unknown>(KIND, after, limit + 1);
    return this.#pageFrom(records.map(toEntry).sort(compareNewestFirst), limit);
  }

  /** Every entry this partner may read, newest first, page by page. */
  async *pages(firstPage: number, laterPages: number): AsyncGenerator<JournalEntry[]> {
    let page = await this.page({ limit: firstPage });
    yield page.entries;
    while (page.next) {
      page = await this.page({ after: page.next, limit: laterPages });
      yield page.entries;
    }
  }

  #pageFrom(entries: JournalEntry[], limit: number): JournalPage {
    if (entries.length <= limit) return { entries, next: null };
    const kept = entries.slice(0, limit);
    const last = kept[kept.length - 1]!;
    return { entries: kept, next: { createdAt: last.createdAt, id: last.id } };
  }

  async #own(id: string): Promise<ReadableEntry> {
    const entry = await this.get(id);
    if (!entry) throw new EntryNotFoundError();
    if (entry.author !== this.#store.partner) throw new NotYourEntryError();
    if (entry.status !== 'ok') throw new EntryNotFoundError();
    return entry;
  }

  async #readBack(id: string): Promise<ReadableEntry> {
    const entry = await this.get(id);
    if (!entry || entry.status !== 'ok') throw new EntryNotFoundError();
    return entry;
  }
}
