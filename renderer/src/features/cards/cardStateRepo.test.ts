import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKeyBytes, importDataKey } from '@renderer/data/crypto/keys';
import { unlockedRing } from '@renderer/data/testing/testVault';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import { RecordStore } from '@renderer/data/storage/recordStore';
import { CardStateRepo } from './cardStateRepo';

describe('CardStateRepo', () => {
  let db: HearthDb;
  let ada: CardStateRepo;
  let bo: CardStateRepo;

  beforeEach(async () => {
    db = new HearthDb(`cards-${crypto.randomUUID()}`);
    const us = await importDataKey(generateDataKeyBytes());
    const ring = async (partner: 'a' | 'b') => {
      return unlockedRing(partner, us);
    };
    let clock = Date.UTC(2026, 10, 24, 20, 0);
    const now = () => (clock += 1_000);
    ada = new CardStateRepo(new RecordStore(db, await ring('a'), now), now);
    bo = new CardStateRepo(new RecordStore(db, await ring('b'), now), now);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('keeps one record per card and partner, however often it changes', async () => {
    await ada.change('memories-03', { isFavourite: true });
    await ada.change('memories-03', { isDone: true });
    await ada.change('memories-03', { isFavourite: false });
    expect(await db.records.count()).toBe(1);
    expect((await ada.load()).get('memories-03')).toMatchObject({ isFavourite: false, isDone: true });
  });

  it('never leaves two records when changes come quickly', async () => {
    await Promise.all([ada.change('today-04', { isFavourite: true }), ada.change('today-04', { isDone: true })]);
    expect(await db.records.count()).toBe(1);
    expect((await ada.load()).get('today-04')).toMatchObject({ isFavourite: true, isDone: true });
  });

  it('shares marks with the partner, and the later change wins', async () => {
    await ada.change('repair-01', { isFavourite: true });
    expect((await bo.load()).get('repair-01')).toMatchObject({ isFavourite: true, changedBy: 'a' });
    await bo.change('repair-01', { isDone: true });
    const seenByAda = (await ada.load()).get('repair-01');
    expect(seenByAda).toMatchObject({ isFavourite: true, isDone: true, changedBy: 'b' });
    await bo.change('repair-01', { isFavourite: false });
    expect((await ada.load()).get('repair-01')).toMatchObject({ isFavourite: false, isDone: true });
    expect(await db.records.count()).toBe(2);
  });

  it('stores nothing readable about the card on disk', async () => {
    await ada.change('touch-and-closeness-02', { isFavourite: true });
    const stored = JSON.stringify(await db.records.toArray());
    expect(stored).not.toContain('touch-and-closeness');
    expect(stored).not.toContain('isFavourite');
  });
});
