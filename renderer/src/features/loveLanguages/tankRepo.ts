/**
 * The tank checks: each one a new sealed 'tank' record, in the Us space (the partner sees it) or the
 * author's private space, through the data core's tank collection. The history shows every check this
 * partner may read: both partners' shared ones and their own private ones, newest first. Unreadable records
 * are passed over, never deleted.
 */
import type { Space } from '@shared/partners';
import { collection, type Collection, type RecordStore, type Stored } from '@renderer/data';
import { tankPayloadSchema, toTankPayload, type TankEntry, type TankPayload } from './tankEntry';

export class TankRepo {
  #checks: Collection<TankPayload>;

  constructor(store: RecordStore) {
    this.#checks = collection(store, 'tank', tankPayloadSchema);
  }

  /** Saves a new check by the partner who is here; throws InvalidTankCheckError (storing nothing) for a bad one. */
  async save(input: { value: number; fill: string; space: Space }): Promise<void> {
    await this.#checks.put(toTankPayload(input), { space: input.space });
  }

  /** The newest checks this partner may read, newest first. */
  async history(limit: number): Promise<TankEntry[]> {
    return (await this.#checks.newest(limit)).flatMap(toTankEntry);
  }

  /** The checks made in [from, to) this partner may read, newest first. */
  async between(from: number, to: number): Promise<TankEntry[]> {
    return (await this.#checks.between(from, to)).flatMap(toTankEntry);
  }
}

function toTankEntry(record: Stored<TankPayload>): TankEntry[] {
  return record.status === 'ok' ? [{ ...record.value, id: record.id, author: record.author, space: record.space, createdAt: record.createdAt }] : [];
}
