import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKeyBytes, importDataKey } from '../crypto/keys';
import { KeyRing, VaultLockedError } from '../session/keyRing';
import { unlockedRing } from '../testing/testVault';
import { HearthDb } from './hearthDb';
import { RecordStore } from './recordStore';
import { assertStorable, UnsafeRecordError } from './storedRecord';

const MARKER = 'marker-7f3a-plaintext';



describe('RecordStore', () => {
  let db: HearthDb;
  let ringA: KeyRing;
  let ringB: KeyRing;
  let storeA: RecordStore;
  let storeB: RecordStore;

  beforeEach(async () => {
    db = new HearthDb(`test-${crypto.randomUUID()}`);
    const us = await importDataKey(generateDataKeyBytes());
    ringA = await unlockedRing('a', us);
    ringB = await unlockedRing('b', us);
    storeA = new RecordStore(db, ringA);
    storeB = new RecordStore(db, ringB);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('stores a payload sealed, with nothing but the plaintext list in the clear', async () => {
    const id = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: MARKER } });
    const row = await db.records.get(id);
    expect(Object.keys(row!).sort()).toEqual(['author', 'createdAt', 'id', 'keyId', 'kind', 'sealed', 'updatedAt']);
    const decoded = new TextDecoder().decode(row!.sealed.ct);
    expect(decoded).not.toContain(MARKER);
    await expect(storeA.get(id)).resolves.toMatchObject({ status: 'ok', payload: { text: MARKER }, author: 'a' });
  });

  it('answers who wrote what in a time range from plaintext fields alone, leaving out the other partner’s private records', async () => {
    const shared = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'x' }, createdAt: 1_000 });
    await storeA.put({ kind: 'appreciation', keyId: 'private', payload: { text: 'y' }, createdAt: 2_000 });
    await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'z' }, createdAt: 9_000 });
    // A body that no longer opens still has its plaintext fields: nothing was decrypted to answer.
    const row = (await db.records.get(shared))!;
    row.sealed.ct[0]! ^= 0xff;
    await db.records.put(row);
    const metas = await storeB.metasBetween('appreciation', 0, 5_000);
    expect(metas.map(({ id, author, keyId }) => ({ id, author, keyId }))).toEqual([{ id: shared, author: 'a', keyId: 'us' }]);
  });

  it('lets both partners read the shared space, but only the author reads a private record', async () => {
    const shared = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'for us' } });
    const mine = await storeA.put({ kind: 'appreciation', keyId: 'private', payload: { text: 'just mine' } });
    await expect(storeB.get(shared)).resolves.toMatchObject({ status: 'ok', payload: { text: 'for us' } });
    await expect(storeB.get(mine)).resolves.toBeNull();
    expect((await storeB.newest('appreciation', 10)).map((r) => r.id)).toEqual([shared]);
    expect((await storeA.newest('appreciation', 10)).map((r) => r.id).sort()).toEqual([shared, mine].sort());
  });

  it('refuses to let one partner change or delete the other one’s record', async () => {
    const id = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'a wrote this' } });
    await expect(storeB.put({ id, kind: 'appreciation', keyId: 'us', payload: { text: 'b rewrote' } })).rejects.toThrow();
    await expect(storeB.delete(id)).rejects.toThrow();
    await expect(storeA.get(id)).resolves.toMatchObject({ payload: { text: 'a wrote this' } });
  });

  it('reports a record with one flipped byte as unreadable, and leaves the others and the record itself alone', async () => {
    const damaged = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'one' }, createdAt: 1 });
    const fine = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'two' }, createdAt: 2 });
    const row = (await db.records.get(damaged))!;
    row.sealed.ct[3]! ^= 0x01;
    await db.records.put(row);
    const list = await storeA.newest('appreciation', 10);
    expect(list.map((r) => [r.id, r.status])).toEqual([[fine, 'ok'], [damaged, 'unreadable']]);
    expect(await db.records.get(damaged)).toBeDefined();
  });

  it('makes both records unreadable when their ciphertexts are swapped', async () => {
    const first = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'first' } });
    const second = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'second' } });
    const [rowOne, rowTwo] = [(await db.records.get(first))!, (await db.records.get(second))!];
    await db.records.bulkPut([{ ...rowOne, sealed: rowTwo.sealed }, { ...rowTwo, sealed: rowOne.sealed }]);
    await expect(storeA.get(first)).resolves.toMatchObject({ status: 'unreadable' });
    await expect(storeA.get(second)).resolves.toMatchObject({ status: 'unreadable' });
  });

  it('makes a record unreadable when its author or space is relabelled on disk', async () => {
    const id = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'by a' } });
    const row = (await db.records.get(id))!;
    await db.records.put({ ...row, author: 'b' });
    await expect(storeB.get(id)).resolves.toMatchObject({ status: 'unreadable' });
  });

  it('fails every call with a locked error once the keys are dropped', async () => {
    const id = await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'x' } });
    ringA.lock();
    await expect(storeA.get(id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(storeA.newest('appreciation', 5)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(storeA.put({ kind: 'appreciation', keyId: 'us', payload: {} })).rejects.toBeInstanceOf(VaultLockedError);
  });
});

describe('assertStorable', () => {
  const valid = {
    id: '9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4',
    kind: 'appreciation',
    keyId: 'us',
    author: 'a',
    createdAt: 1,
    updatedAt: 1,
    sealed: { v: 1, iv: new Uint8Array(12), ct: new Uint8Array(20) },
  };

  it('accepts exactly the plaintext list and a sealed body', () => {
    expect(() => assertStorable(valid)).not.toThrow();
  });

  it.each([
    ['an extra plaintext field', { ...valid, text: MARKER }],
    ['a plaintext tag list', { ...valid, tags: ['x'] }],
    ['a body that is not sealed', { ...valid, sealed: { v: 1, iv: 'abc', ct: MARKER } }],
    ['extra data beside the ciphertext', { ...valid, sealed: { ...valid.sealed, note: MARKER } }],
    ['an id that is not a UUID', { ...valid, id: MARKER }],
  ])('refuses %s', (_label, record) => {
    expect(() => assertStorable(record)).toThrow(UnsafeRecordError);
  });
});

describe('RecordStore.putMany', () => {
  it('stores many sealed records at once, each readable on its own', async () => {
    const db = new HearthDb(`many-${crypto.randomUUID()}`);
    const ring = await unlockedRing('a', await importDataKey(generateDataKeyBytes()));
    const store = new RecordStore(db, ring);
    const ids = await store.putMany(
      Array.from({ length: 50 }, (_, index) => ({ kind: 'appreciation' as const, keyId: 'us' as const, payload: { n: index }, createdAt: index + 1 })),
    );
    expect(ids).toHaveLength(50);
    const newest = await store.newest<{ n: number }>('appreciation', 3);
    expect(newest.map((record) => record.status === 'ok' && record.payload.n)).toEqual([49, 48, 47]);
    await db.delete();
  });
});
