/**
 * The tank checks: each one a new sealed 'tank' record, in the Us space (the partner sees it) or the
 * author's private space. The history shows every check this partner may read: both partners' shared
 * ones and their own private ones, newest first. Unreadable records are passed over, never deleted.
 */
import { parseTankPayload, toTankPayload, type TankEntry } from './tankEntry';
import type { OpenedRecord, SealedStore, Space } from './storeShape';

const KIND = 'tank';

export type TankStore = SealedStore<typeof KIND>;

export class TankRepo {
  #store: TankStore;

  constructor(store: TankStore) {
    this.#store = store;
  }

  /** Saves a new check by the partner who is here; throws InvalidTankCheckError (storing nothing) for a bad one. */
  async save(input: { value: number; fill: string; space: Space }): Promise<void> {
    const payload = toTankPayload(input);
    await this.#store.put({ kind: KIND, keyId: input.space, payload });
  }

  /** The newest checks this partner may read, newest first. */
  async history(limit: number): Promise<TankEntry[]> {
    const records = await this.#store.newest(KIND, limit);
    return records.map(toEntry).filter((entry): entry is TankEntry => entry !== null);
  }
}

function toEntry(record: OpenedRecord): TankEntry | null {
  if (record.status !== 'ok') return null;
  const payload = parseTankPayload(record.payload);
  if (!payload) return null;
  return { ...payload, id: record.id, author: record.author, space: record.keyId, createdAt: record.createdAt };
}
