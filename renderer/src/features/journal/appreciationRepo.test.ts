import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKeyBytes, importDataKey } from '@renderer/data/crypto/keys';
import type { KeyRing } from '@renderer/data/session/keyRing';
import { unlockedRing } from '@renderer/data/testing/testVault';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import { RecordStore } from '@renderer/data/storage/recordStore';
import { InvalidAppreciationError, MAX_TEXT_CHARACTERS, TOO_LONG_MESSAGE } from './appreciation';
import { AppreciationRepo, NotYourEntryError } from './appreciationRepo';

describe('AppreciationRepo', () => {
  let db: HearthDb;
  let ringA: KeyRing;
  let storeA: RecordStore;
  let storeB: RecordStore;
  let ada: AppreciationRepo;
  let bo: AppreciationRepo;
  let clock: number;

  beforeEach(async () => {
    db = new HearthDb(`journal-${crypto.randomUUID()}`);
    const us = await importDataKey(generateDataKeyBytes());
    ringA = await unlockedRing('a', us);
    const ringB = await unlockedRing('b', us);
    clock = Date.UTC(2026, 10, 24, 21, 0);
    const now = () => (clock += 1_000);
    storeA = new RecordStore(db, ringA, now);
    storeB = new RecordStore(db, ringB, now);
    ada = new AppreciationRepo(storeA);
    bo = new AppreciationRepo(storeB);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('writes an appreciation and reads it back as the history shows it', async () => {
    const entry = await ada.write({ text: '  You made tea before I asked.\n\nThank you.  ', tags: [' tea ', 'mornings', 'Tea'], space: 'us', promptId: 'without-asking' });
    expect(entry).toMatchObject({
      status: 'ok',
      author: 'a',
      space: 'us',
      text: 'You made tea before I asked.\n\nThank you.',
      tags: ['tea', 'mornings'],
      promptId: 'without-asking',
    });
    await expect(bo.get(entry.id)).resolves.toMatchObject({ status: 'ok', text: entry.text, author: 'a' });
  });

  it('keeps HTML and script as plain text, exactly as written', async () => {
    const payloads = ['<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<a href="javascript:alert(1)">hi</a>'];
    for (const text of payloads) {
      const entry = await ada.write({ text, space: 'us' });
      expect(entry.status === 'ok' && entry.text).toBe(text);
    }
  });

  it.each([
    { name: 'exactly the limit', text: 'a'.repeat(MAX_TEXT_CHARACTERS), isSaved: true },
    { name: 'the limit in emoji (one character each)', text: '🌿'.repeat(MAX_TEXT_CHARACTERS), isSaved: true },
    { name: 'one character over', text: 'a'.repeat(MAX_TEXT_CHARACTERS + 1), isSaved: false },
    { name: 'only spaces', text: ' \n\t ', isSaved: false },
    { name: 'nothing', text: '', isSaved: false },
  ])('text of $name: saved is $isSaved', async ({ text, isSaved }) => {
    const attempt = ada.write({ text, space: 'us' });
    if (isSaved) await expect(attempt).resolves.toMatchObject({ status: 'ok' });
    else await expect(attempt).rejects.toBeInstanceOf(InvalidAppreciationError);
    expect(await db.records.count()).toBe(isSaved ? 1 : 0);
  });

  it('says clearly why an entry is too long', async () => {
    await expect(ada.write({ text: 'x'.repeat(20_001), space: 'us' })).rejects.toMatchObject({ reason: 'too-long', message: TOO_LONG_MESSAGE });
  });

  it.each([
    { name: 'ten tags', tags: Array.from({ length: 10 }, (_, i) => `tag ${i}`), isSaved: true },
    { name: 'eleven tags', tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`), isSaved: false },
    { name: 'a tag of 30 characters', tags: ['t'.repeat(30)], isSaved: true },
    { name: 'a tag of 31 characters', tags: ['t'.repeat(31)], isSaved: false },
    { name: 'blank tags (dropped)', tags: ['  ', ''], isSaved: true },
  ])('$name: saved is $isSaved', async ({ tags, isSaved }) => {
    const attempt = ada.write({ text: 'Thank you', tags, space: 'us' });
    if (isSaved) await expect(attempt).resolves.toMatchObject({ status: 'ok' });
    else await expect(attempt).rejects.toMatchObject({ reason: 'tags' });
    expect(await db.records.count()).toBe(isSaved ? 1 : 0);
  });

  it('updates text, tags and space, keeping the id and the day it was written', async () => {
    const entry = await ada.write({ text: 'first words', tags: ['one'], space: 'us' });
    const changed = await ada.update(entry.id, { text: 'better words', tags: ['two'], space: 'private' });
    expect(changed).toMatchObject({ id: entry.id, createdAt: entry.createdAt, text: 'better words', tags: ['two'], space: 'private' });
    expect(changed.updatedAt).toBeGreaterThan(entry.updatedAt);
    await expect(bo.get(entry.id)).resolves.toBeNull();
    const kept = await ada.update(entry.id, { text: 'only the text' });
    expect(kept).toMatchObject({ tags: ['two'], space: 'private' });
  });

  it('refuses an update that is too long and leaves the entry as it was', async () => {
    const entry = await ada.write({ text: 'kept', space: 'us' });
    await expect(ada.update(entry.id, { text: 'y'.repeat(20_001) })).rejects.toBeInstanceOf(InvalidAppreciationError);
    await expect(ada.get(entry.id)).resolves.toMatchObject({ text: 'kept' });
  });

  it('deletes and restores an entry exactly: id, time, space, text, tags and prompt', async () => {
    const entry = await ada.write({ text: 'Thank you for the walk', tags: ['walks'], space: 'private', promptId: 'team' });
    const snapshot = await ada.remove(entry.id);
    await expect(ada.get(entry.id)).resolves.toBeNull();
    expect(await ada.newest(10)).toEqual([]);
    const restored = await ada.restore(snapshot);
    expect(restored).toMatchObject({
      id: entry.id,
      createdAt: entry.createdAt,
      space: 'private',
      text: entry.text,
      tags: entry.tags,
      promptId: 'team',
      author: 'a',
    });
  });

  it('lets only the author change or delete an entry', async () => {
    const entry = await ada.write({ text: 'from Ada', space: 'us' });
    await expect(bo.update(entry.id, { text: 'from Bo' })).rejects.toBeInstanceOf(NotYourEntryError);
    await expect(bo.remove(entry.id)).rejects.toBeInstanceOf(NotYourEntryError);
    await expect(ada.get(entry.id)).resolves.toMatchObject({ text: 'from Ada' });
  });

  it('shows the other partner nothing of a private entry', async () => {
    await ada.write({ text: 'just for me', space: 'private' });
    await ada.write({ text: 'for us', space: 'us' });
    expect((await bo.newest(10)).map((entry) => entry.status === 'ok' && entry.text)).toEqual(['for us']);
    expect(await ada.newest(10)).toHaveLength(2);
  });

  it('reads a payload that fails the schema, or a damaged record, as unreadable, and the rest still works', async () => {
    await storeA.put({ kind: 'appreciation', keyId: 'us', payload: { text: 42 } });
    const damaged = await ada.write({ text: 'soon damaged', space: 'us' });
    const row = (await db.records.get(damaged.id))!;
    row.sealed.ct[0] = row.sealed.ct[0]! ^ 0xff;
    await db.records.put(row);
    await ada.write({ text: 'still fine', space: 'us' });
    const entries = await ada.newest(10);
    expect(entries.map((entry) => entry.status)).toEqual(['ok', 'unreadable', 'unreadable']);
    expect(entries[1]).toMatchObject({ id: damaged.id, author: 'a', createdAt: damaged.createdAt });
    expect(entries[1]).not.toHaveProperty('text');
  });

  it('ignores records of other kinds', async () => {
    const id = await storeA.put({ kind: 'checkin', keyId: 'us', payload: { text: 'not an appreciation' } });
    await expect(ada.get(id)).resolves.toBeNull();
  });

  describe('pages', () => {
    async function writeMany(count: number) {
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) ids.push((await ada.write({ text: `entry ${index}`, space: 'us' })).id);
      return ids.reverse();
    }

    it('reads newest first in pages with a store that can page, entries of the same millisecond included', async () => {
      clock = Date.UTC(2026, 10, 24, 21, 0);
      const sameTime = new RecordStore(db, ringA, () => clock);
      const sameTimeRepo = new AppreciationRepo(sameTime);
      const sameIds: string[] = [];
      for (let index = 0; index < 4; index += 1) sameIds.push((await sameTimeRepo.write({ text: `same ${index}`, space: 'us' })).id);
      const ids = [...(await writeMany(7)), ...sameIds.sort().reverse()];
      const repo = new AppreciationRepo(storeA);
      const seen: string[][] = [];
      for await (const page of repo.pages(3, 2)) seen.push(page.map((entry) => entry.id));
      expect(seen.map((page) => page.length)).toEqual([3, 2, 2, 2, 2]);
      expect(seen.flat()).toEqual(ids);
    });

    it('answers a single page and no cursor when everything fits', async () => {
      await writeMany(2);
      await expect(ada.page({ limit: 5 })).resolves.toMatchObject({ next: null });
    });
  });
});
