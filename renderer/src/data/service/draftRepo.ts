/**
 * Drafts: what a partner is in the middle of writing, sealed under their private key as they type and once
 * more just before the app locks, so neither a crash nor a lock loses a word. A draft is private to its
 * author until they save it as an entry.
 *
 * Each draft has a `slot` name chosen by the screen (for example `journal:new`); one draft per slot and
 * partner.
 */
import type { RecordStore } from '../storage/recordStore';

interface DraftPayload<T> {
  slot: string;
  value: T;
}

export class DraftRepo {
  #records: RecordStore;
  /** slot → record id, learned on first read so later saves replace the same record. */
  #ids = new Map<string, string>();

  constructor(records: RecordStore) {
    this.#records = records;
  }

  async save<T>(slot: string, value: T): Promise<void> {
    const id = this.#ids.get(slot) ?? (await this.#find(slot))?.id;
    const saved = await this.#records.put<DraftPayload<T>>({ id, kind: 'draft', keyId: 'private', payload: { slot, value } });
    this.#ids.set(slot, saved);
  }

  async load<T>(slot: string): Promise<T | undefined> {
    return (await this.#find<T>(slot))?.value;
  }

  async clear(slot: string): Promise<void> {
    const found = await this.#find(slot);
    if (found) await this.#records.delete(found.id);
    this.#ids.delete(slot);
  }

  /** Forgets learned ids (on lock: the next partner may be the other one). */
  reset(): void {
    this.#ids.clear();
  }

  async #find<T>(slot: string): Promise<{ id: string; value: T } | undefined> {
    const drafts = await this.#records.newest<DraftPayload<T>>('draft', 200);
    const mine = drafts.find(
      (draft) => draft.status === 'ok' && draft.author === this.#records.partner && draft.payload.slot === slot,
    );
    if (!mine || mine.status !== 'ok') return undefined;
    this.#ids.set(slot, mine.id);
    return { id: mine.id, value: mine.payload.value };
  }
}
