import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportRefusedError, parseExport } from '@shared/export/openExport';
import { openTestVault, type TestVault } from '../testing/testVault';
import { buildExport, importExport } from './openExportIo';

describe('the open export', () => {
  let home: TestVault;
  let elsewhere: TestVault;
  beforeEach(async () => {
    home = await openTestVault('export-home');
    elsewhere = await openTestVault('export-elsewhere');
    const ada = home.storeFor('a');
    const bo = home.storeFor('b');
    await ada.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'Thank you for the tea' }, createdAt: 1_000 });
    await ada.put({ kind: 'checkin', keyId: 'private', payload: { note: 'my own note' }, createdAt: 2_000 });
    await ada.put({ kind: 'draft', keyId: 'private', payload: { slot: 'composer', value: 'half a thought' } });
    await bo.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'Thank you for the walk' }, createdAt: 3_000 });
    await bo.put({ kind: 'checkin', keyId: 'private', payload: { note: "Bo's private note" }, createdAt: 4_000 });
  });
  afterEach(async () => {
    await home.close();
    await elsewhere.close();
  });

  it('holds what the partner here may read: both partners’ shared records and their own private ones, no drafts', async () => {
    const { text, count } = await buildExport(home.storeFor('a'), 9_000);
    const exported = parseExport(text);
    expect(count).toBe(3);
    expect(exported).toMatchObject({ format: 'hearth-export', version: 1, exportedAt: 9_000, partner: 'a' });
    expect(exported.records.map((record) => record.payload)).toEqual([{ text: 'Thank you for the tea' }, { note: 'my own note' }, { text: 'Thank you for the walk' }]);
    expect(text).not.toContain("Bo's private note");
    expect(text).not.toContain('half a thought');
  });

  it('imports the partner’s own records into another vault, with their ids and times, and says what it added', async () => {
    const exported = parseExport((await buildExport(home.storeFor('a'))).text);
    const store = elsewhere.storeFor('a');
    expect(await importExport(store, exported)).toEqual({ added: { appreciation: 1, checkin: 1 }, alreadyHere: 0, notYours: 1 });
    const [tea] = await store.newest<{ text: string }>('appreciation', 5);
    const original = exported.records.find((record) => record.kind === 'appreciation' && record.author === 'a')!;
    expect(tea).toMatchObject({ id: original.id, createdAt: 1_000, status: 'ok', payload: { text: 'Thank you for the tea' } });
  });

  it('merges by id: importing the same file again adds nothing and duplicates nothing', async () => {
    const exported = parseExport((await buildExport(home.storeFor('a'))).text);
    const store = elsewhere.storeFor('a');
    await importExport(store, exported);
    const count = await elsewhere.db.records.count();
    expect(await importExport(store, exported)).toEqual({ added: {}, alreadyHere: 2, notYours: 1 });
    expect(await elsewhere.db.records.count()).toBe(count);
  });

  it('writes nothing for a refused file', async () => {
    const { text } = await buildExport(home.storeFor('a'));
    const before = await elsewhere.db.records.count();
    expect(() => parseExport(text.replace('"version": 1', '"version": 1, "extra": 1'))).toThrow(ImportRefusedError);
    expect(await elsewhere.db.records.count()).toBe(before);
  });
});
