import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockedRing } from '@renderer/data/testing/testVault';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import { RecordStore } from '@renderer/data/storage/recordStore';
import type { PartnerSlot, RecordKind } from '@renderer/data/storage/storedRecord';
import { countDaysShownUp } from './shownUpCount';

const at = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime();

type Row = [kind: RecordKind, author: PartnerSlot, createdAt: number];

const CASES: [name: string, rows: Row[], expected: number][] = [
  ['an empty vault', [], 0],
  ['one appreciation', [['appreciation', 'a', at(9, 21)]], 1],
  ['both partners, three kinds, one evening', [['appreciation', 'a', at(9, 21)], ['checkin', 'b', at(9, 8)], ['session', 'a', at(9, 22)]], 1],
  ['days far apart still all count', [['appreciation', 'a', at(1, 21)], ['checkin', 'b', at(15, 8)], ['session', 'a', at(28, 22)]], 3],
  ['profiles, plans and drafts are not showing up', [['profile', 'a', at(2, 9)], ['plan', 'a', at(3, 9)], ['draft', 'b', at(4, 9)], ['cardState', 'a', at(5, 9)]], 0],
];

/** A raw row as the index sees it; the sealed body is never read by countDaysShownUp. */
function rawRow([kind, author, createdAt]: Row) {
  return { id: crypto.randomUUID(), kind, keyId: 'us' as const, author, createdAt, updatedAt: createdAt, sealed: { v: 1 as const, iv: new Uint8Array(12), ct: new Uint8Array(16) } };
}

async function unlockedStore(db: HearthDb, partner: PartnerSlot): Promise<RecordStore> {
  const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return new RecordStore(db, await unlockedRing(partner, await key()));
}

describe('counting the days shown up', () => {
  let db: HearthDb;
  // Partner a's store: the count must still see partner b's private records, from the index alone.
  let store: RecordStore;
  beforeEach(async () => {
    db = new HearthDb(`today-${crypto.randomUUID()}`);
    store = await unlockedStore(db, 'a');
  });
  afterEach(async () => {
    await db.delete();
  });

  it.each(CASES)('from the index alone: %s', async (_name, rows, expected) => {
    await db.records.bulkPut(rows.map(rawRow));
    await expect(countDaysShownUp(store)).resolves.toBe(expected);
  });

  it('counts a private entry from the index without opening it', async () => {
    await db.records.bulkPut([{ ...rawRow(['appreciation', 'b', at(9, 21)]), keyId: 'private' }]);
    await expect(countDaysShownUp(store)).resolves.toBe(1);
  });

  it('never goes down as the days pile up', async () => {
    let previous = 0;
    for (let day = 1; day <= 20; day += 3) {
      await db.records.bulkPut([rawRow(['appreciation', 'a', at(day, 21)])]);
      const count = await countDaysShownUp(store);
      expect(count).toBeGreaterThan(previous);
      previous = count;
    }
  });
});
