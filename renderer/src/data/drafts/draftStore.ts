/**
 * Drafts: what a partner is in the middle of writing, sealed under their private key as they type and once
 * more before the app locks, so neither a crash nor a lock loses a word. A draft is private to its author
 * until they save it as an entry.
 *
 * Each screen names its draft with a slot (`journal:new`, `checkin:weekly`, `journal:edit:<id>`). A draft's
 * record id is fixed per (partner, slot), derived with the partner's id key, so it is found without opening
 * any other draft and says nothing on disk about which screen it belongs to. Writes to a slot run one at a
 * time in the order asked, so overlapping saves and clears leave exactly the last one asked for.
 * Drafts written before ids were derived (random ids) are still found, once, and moved to their fixed id.
 */
import { z } from 'zod';
import type { RecordStore } from '../storage/recordStore';

const draftPayloadSchema = z.object({ slot: z.string(), value: z.unknown() });
type DraftPayload = z.infer<typeof draftPayloadSchema>;

/** How many older drafts the one-time move from random ids looks through. */
const LEGACY_LOOKUP = 200;

export class DraftStore {
  #records: RecordStore;
  /** slot → the last write asked for it; each new write waits for the one before. */
  #queues = new Map<string, Promise<unknown>>();
  /** `partner:slot` pairs whose older random-id drafts were already looked for since the page loaded. */
  #legacyChecked = new Set<string>();

  constructor(records: RecordStore) {
    this.#records = records;
  }

  /** Seals `value` as the present partner's draft for `slot`, replacing the one there. */
  save<T>(slot: string, value: T): Promise<void> {
    return this.#inTurn(slot, async () => {
      const id = await this.#idFor(slot);
      const legacy = await this.#legacyIds(slot, id);
      const write = await this.#records.seal<DraftPayload>({ id, kind: 'draft', keyId: 'private', payload: { slot, value } });
      await this.#records.commit([write, ...legacy.map((legacyId) => ({ type: 'remove' as const, id: legacyId }))]);
      this.#legacyChecked.add(this.#checkKey(slot));
    });
  }

  /** The present partner's draft for `slot`, or undefined when there is none (or it does not open). */
  load(slot: string): Promise<unknown> {
    return this.#inTurn(slot, async () => {
      const record = await this.#records.get<unknown>(await this.#idFor(slot));
      const parsed = record?.status === 'ok' ? draftPayloadSchema.safeParse(record.payload) : undefined;
      if (parsed?.success && parsed.data.slot === slot) return parsed.data.value;
      return this.#legacyValue(slot);
    });
  }

  /** Forgets the present partner's draft for `slot` (after it was saved as an entry). */
  clear(slot: string): Promise<void> {
    return this.#inTurn(slot, async () => {
      const id = await this.#idFor(slot);
      const legacy = await this.#legacyIds(slot, id);
      await this.#records.commit([id, ...legacy].map((removeId) => ({ type: 'remove' as const, id: removeId })));
      this.#legacyChecked.add(this.#checkKey(slot));
    });
  }

  /** Resolves once every write asked for so far has finished (whatever its outcome). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#queues.values()]);
  }

  #inTurn<T>(slot: string, work: () => Promise<T>): Promise<T> {
    const before = this.#queues.get(slot) ?? Promise.resolve();
    const next = before.then(work, work);
    const tail = next.catch(() => undefined);
    this.#queues.set(slot, tail);
    void tail.then(() => {
      if (this.#queues.get(slot) === tail) this.#queues.delete(slot);
    });
    return next;
  }

  #checkKey(slot: string): string {
    return `${this.#records.partner}:${slot}`;
  }

  #idFor(slot: string): Promise<string> {
    return this.#records.keys.derivedId(`draft:${slot}`);
  }

  async #legacyDrafts(slot: string): Promise<{ id: string; value: unknown }[]> {
    const drafts = await this.#records.newest<unknown>('draft', LEGACY_LOOKUP);
    const partner = this.#records.partner;
    return drafts.flatMap((draft) => {
      if (draft.status !== 'ok' || draft.author !== partner) return [];
      const parsed = draftPayloadSchema.safeParse(draft.payload);
      return parsed.success && parsed.data.slot === slot ? [{ id: draft.id, value: parsed.data.value }] : [];
    });
  }

  /** Older drafts of the slot to remove with the next write: looked for once per partner and slot. */
  async #legacyIds(slot: string, fixedId: string): Promise<string[]> {
    if (this.#legacyChecked.has(this.#checkKey(slot))) return [];
    return (await this.#legacyDrafts(slot)).map((draft) => draft.id).filter((id) => id !== fixedId);
  }

  async #legacyValue(slot: string): Promise<unknown> {
    if (this.#legacyChecked.has(this.#checkKey(slot))) return undefined;
    const [newest] = await this.#legacyDrafts(slot);
    return newest?.value;
  }
}
