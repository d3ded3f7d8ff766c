import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { StorageFullError } from '../storage/writeErrors';
import { openTestVault, type TestVault } from '../testing/testVault';
import { collection, commit, InvalidRecordError } from './collection';

const noteSchema = z.object({ text: z.string().min(1), tags: z.array(z.string()) }).strict();

describe('collection(kind, schema)', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await openTestVault('collection');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await vault.close();
  });

  it('reads back exactly what was put, whatever the words', async () => {
    const notes = collection(vault.storeFor('a'), 'appreciation', noteSchema);
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 200 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), fc.constantFrom('us' as const, 'private' as const), async (text, tags, space) => {
        const stored = await notes.put({ text, tags }, { space });
        expect(stored).toMatchObject({ status: 'ok', author: 'a', space, value: { text, tags } });
        await expect(notes.get(stored.id)).resolves.toMatchObject({ status: 'ok', value: { text, tags }, space });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a value that does not fit its schema, storing nothing', async () => {
    const notes = collection(vault.storeFor('a'), 'appreciation', noteSchema);
    await expect(notes.put({ text: '', tags: [] }, { space: 'us' })).rejects.toThrow(InvalidRecordError);
    expect(await vault.db.records.count()).toBe(0);
  });

  it('shows a stored payload that no longer fits the schema as unreadable, in its place', async () => {
    const store = vault.storeFor('a');
    const id = await store.put({ kind: 'appreciation', keyId: 'us', payload: { text: 5 } });
    const notes = collection(store, 'appreciation', noteSchema);
    await notes.put({ text: 'fine', tags: [] }, { space: 'us' });
    const newest = await notes.newest(10);
    expect(newest.map((record) => record.status).sort()).toEqual(['ok', 'unreadable']);
    await expect(notes.get(id)).resolves.toMatchObject({ status: 'unreadable' });
  });

  it('stores several writes all together or not at all, wherever the batch is interrupted', async () => {
    const store = vault.storeFor('a');
    const notes = collection(store, 'appreciation', noteSchema);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.nat(), async (size, seed) => {
        await vault.db.records.clear();
        const keep = await notes.put({ text: 'already here', tags: [] }, { space: 'us' });
        // The batch adds `size` records and removes `keep`; the disk fills at put number `failAt` (none if = size).
        const failAt = seed % (size + 1);
        const writes = [
          ...(await Promise.all(Array.from({ length: size }, (_, n) => notes.prepare({ text: `new ${n}`, tags: [] }, { space: 'us' })))),
          notes.prepareRemove(keep.id),
        ];
        let calls = 0;
        const put = vault.db.records.put.bind(vault.db.records);
        const spy = vi.spyOn(vault.db.records, 'put').mockImplementation((...args) => {
          calls += 1;
          if (calls === failAt + 1 && failAt < size) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
          return put(...args);
        });
        const outcome = await commit(store, writes).then(() => 'stored', (error: unknown) => error);
        spy.mockRestore();
        const ids = (await vault.db.records.toArray()).map((row) => row.id);
        if (failAt < size) {
          expect(outcome).toBeInstanceOf(StorageFullError);
          expect(ids).toEqual([keep.id]);
        } else {
          expect(outcome).toBe('stored');
          expect(ids).toHaveLength(size);
          expect(ids).not.toContain(keep.id);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('never returns the other partner’s private records, and lets only the author change or remove one', async () => {
    const ada = collection(vault.storeFor('a'), 'appreciation', noteSchema);
    const bo = collection(vault.storeFor('b'), 'appreciation', noteSchema);
    const secret = await ada.put({ text: 'just mine', tags: [] }, { space: 'private' });
    const shared = await ada.put({ text: 'for us', tags: [] }, { space: 'us' });
    expect((await bo.newest(10)).map((record) => record.id)).toEqual([shared.id]);
    await expect(bo.get(secret.id)).resolves.toBeNull();
    await expect(bo.put({ text: 'in her name', tags: [] }, { id: shared.id, space: 'us' })).rejects.toThrow();
    await expect(bo.remove(shared.id)).rejects.toThrow();
    await expect(ada.get(shared.id)).resolves.toMatchObject({ value: { text: 'for us' } });
  });

  it('tells subscribers after a committed write to its kind only', async () => {
    const store = vault.storeFor('a');
    const notes = collection(store, 'appreciation', noteSchema);
    const tanks = collection(store, 'tank', noteSchema);
    const heard = vi.fn();
    const stop = notes.subscribe(heard);
    await tanks.put({ text: 'other kind', tags: [] }, { space: 'us' });
    expect(heard).not.toHaveBeenCalled();
    await notes.put({ text: 'this kind', tags: [] }, { space: 'us' });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await notes.put({ text: 'after stop', tags: [] }, { space: 'us' });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('answers who wrote and when from the index alone, private records included', async () => {
    const ada = collection(vault.storeFor('a'), 'appreciation', noteSchema);
    const bo = collection(vault.storeFor('b'), 'appreciation', noteSchema);
    await ada.put({ text: 'x', tags: [] }, { space: 'private', createdAt: 1_000 });
    await bo.put({ text: 'y', tags: [] }, { space: 'us', createdAt: 2_000 });
    const times = await bo.authoredTimes();
    expect(times.sort((x, y) => x.createdAt - y.createdAt)).toEqual([
      { author: 'a', createdAt: 1_000 },
      { author: 'b', createdAt: 2_000 },
    ]);
  });
});
