import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestVault, type TestVault } from '../testing/testVault';
import { DraftStore } from './draftStore';

describe('DraftStore', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await openTestVault('drafts');
  });
  afterEach(async () => {
    await vault.close();
  });

  const draftRows = () => vault.db.records.where('[kind+createdAt]').between(['draft', -Infinity], ['draft', Infinity]).toArray();

  it('keeps one record per partner and slot, at an id that does not name the slot', async () => {
    const drafts = new DraftStore(vault.storeFor('a'));
    await drafts.save('journal:new', { text: 'first' });
    await drafts.save('journal:new', { text: 'second' });
    await drafts.save('checkin:quick', { howAreYou: 'tired' });
    const rows = await draftRows();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('journal');
    await expect(drafts.load('journal:new')).resolves.toEqual({ text: 'second' });
  });

  it('gives each partner their own draft of the same slot, unreadable to the other', async () => {
    const ada = new DraftStore(vault.storeFor('a'));
    const bo = new DraftStore(vault.storeFor('b'));
    await ada.save('journal:new', { text: 'for Bo' });
    await expect(bo.load('journal:new')).resolves.toBeUndefined();
    await bo.save('journal:new', { text: 'for Ada' });
    await expect(ada.load('journal:new')).resolves.toEqual({ text: 'for Bo' });
    expect(await draftRows()).toHaveLength(2);
  });

  it('finds the same draft again after a lock and unlock (the id is derived, not remembered)', async () => {
    await new DraftStore(vault.storeFor('a')).save('journal:new', { text: 'half a sentence' });
    await expect(new DraftStore(vault.storeFor('a')).load('journal:new')).resolves.toEqual({ text: 'half a sentence' });
  });

  it('reads a draft written before ids were derived, and moves it to its fixed id on the next save', async () => {
    const store = vault.storeFor('a');
    await store.put({ kind: 'draft', keyId: 'private', payload: { slot: 'journal:new', value: { text: 'from last month' } } });
    const drafts = new DraftStore(store);
    await expect(drafts.load('journal:new')).resolves.toEqual({ text: 'from last month' });
    await drafts.save('journal:new', { text: 'from last month, and more' });
    const rows = await draftRows();
    expect(rows).toHaveLength(1);
    await expect(new DraftStore(vault.storeFor('a')).load('journal:new')).resolves.toEqual({ text: 'from last month, and more' });
  });

  it('leaves exactly the last save, or nothing after a last clear, however saves and clears overlap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(fc.string({ maxLength: 12 }), { nil: null }), { minLength: 1, maxLength: 12 }), async (steps) => {
        await vault.db.records.clear();
        const drafts = new DraftStore(vault.storeFor('a'));
        // Every step starts before the one before it has finished.
        await Promise.all(steps.map((text) => (text === null ? drafts.clear('slot') : drafts.save('slot', { text }))));
        const last = steps[steps.length - 1];
        const rows = await draftRows();
        expect(rows.length).toBe(last === null ? 0 : 1);
        await expect(drafts.load('slot')).resolves.toEqual(last === null ? undefined : { text: last });
      }),
      { numRuns: 40 },
    );
  });
});
