/**
 * The journal's one door to stored appreciations: write, change, delete (answering what undo needs),
 * restore, and read newest first, a page at a time, through the data core's appreciation collection.
 *
 * Checks every payload before sealing (too long, empty or bad tags throw InvalidAppreciationError and nothing
 * is stored); the collection checks it again after opening (a payload that does not fit the schema becomes an
 * unreadable entry, never a crash). A write answers the entry as stored, without reading it back. Never deletes a record it cannot read, and only the author may change or delete an entry
 * (the store enforces it too). The other partner's private entries never reach it.
 */
import { collection, compareNewestFirst, type Collection, type PageCursor, type RecordStore, type Stored } from '@renderer/data';
import {
  appreciationPayloadSchema,
  toPayload,
  type AppreciationChanges,
  type AppreciationPayload,
  type JournalEntry,
  type NewAppreciation,
  type PartnerSlot,
  type ReadableEntry,
  type Space,
} from './appreciation';

export { compareNewestFirst, type PageCursor };

/** What the repo needs of the data core: the record store it builds its collection on. */
export type AppreciationStore = RecordStore;

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

/** Turns a stored appreciation into an entry as the journal shows it. */
export function toEntry(record: Stored<AppreciationPayload>): JournalEntry {
  const meta = { id: record.id, author: record.author, space: record.space, createdAt: record.createdAt, updatedAt: record.updatedAt };
  if (record.status !== 'ok') return { ...meta, status: 'unreadable' };
  const { text, tags, promptId } = record.value;
  return { ...meta, status: 'ok', text, tags, ...(promptId ? { promptId } : {}) };
}

export class AppreciationRepo {
  #entries: Collection<AppreciationPayload>;

  constructor(store: AppreciationStore) {
    this.#entries = collection(store, 'appreciation', appreciationPayloadSchema);
  }

  /** The partner who is here. */
  get partner(): PartnerSlot {
    return this.#entries.partner;
  }

  /** Seals and stores a new appreciation by the partner who is here; answers it as the history shows it. */
  async write(input: NewAppreciation): Promise<ReadableEntry> {
    return this.#stored(await this.#entries.put(toPayload(input), { space: input.space }));
  }

  /** Changes the text, tags, space or prompt of the present partner's own entry. */
  async update(id: string, changes: AppreciationChanges): Promise<ReadableEntry> {
    const current = await this.#own(id);
    const promptId = changes.promptId === null ? undefined : (changes.promptId ?? current.promptId);
    const payload = toPayload({ text: changes.text ?? current.text, tags: changes.tags ?? current.tags, promptId });
    return this.#stored(await this.#entries.put(payload, { id, space: changes.space ?? current.space }));
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
    await this.#entries.remove(id);
    return snapshot;
  }

  /** Puts a deleted entry back with its id, time, space and words (its "last changed" time becomes now). */
  async restore(snapshot: DeletedAppreciation): Promise<ReadableEntry> {
    const payload = toPayload(snapshot.payload);
    return this.#stored(await this.#entries.put(payload, { id: snapshot.id, space: snapshot.space, createdAt: snapshot.createdAt }));
  }

  /** One entry, or null when it does not exist or is the other partner's private one. */
  async get(id: string): Promise<JournalEntry | null> {
    const record = await this.#entries.get(id);
    return record ? toEntry(record) : null;
  }

  /** The newest entries this partner may read, newest first. */
  async newest(limit: number): Promise<JournalEntry[]> {
    return (await this.#entries.newest(limit)).map(toEntry);
  }

  /** The entries made in [from, to) this partner may read, newest first. */
  async between(from: number, to: number): Promise<JournalEntry[]> {
    return (await this.#entries.between(from, to)).map(toEntry);
  }

  /** A page of entries, newest first, starting after `after` (or at the newest). */
  async page(options: { after?: PageCursor | null; limit: number }): Promise<JournalPage> {
    const page = await this.#entries.page(options);
    return { entries: page.items.map(toEntry), next: page.next };
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

  async #own(id: string): Promise<ReadableEntry> {
    const entry = await this.get(id);
    if (!entry) throw new EntryNotFoundError();
    if (entry.author !== this.#entries.partner) throw new NotYourEntryError();
    if (entry.status !== 'ok') throw new EntryNotFoundError();
    return entry;
  }

  #stored(record: Stored<AppreciationPayload>): ReadableEntry {
    const entry = toEntry(record);
    if (entry.status !== 'ok') throw new EntryNotFoundError();
    return entry;
  }
}
