import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_PAIRS, type AssessmentAnswers } from '@shared/content';
import { generateDataKeyBytes, importDataKey } from '@renderer/data/crypto/keys';
import { unlockedRing } from '@renderer/data/testing/testVault';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import { RecordStore } from '@renderer/data/storage/recordStore';
import { AssessmentRepo, IncompleteAssessmentError } from './assessmentRepo';
import { InvalidTankCheckError } from './tankEntry';
import { TankRepo } from './tankRepo';

/** Every pair answered by picking the option in `language` where there is one, else 'a'. */
function answersFavouring(language: string): AssessmentAnswers {
  return Object.fromEntries(ASSESSMENT_PAIRS.map((pair) => [pair.id, pair.b.language === language ? 'b' : 'a']));
}

describe('love-language repositories', () => {
  let db: HearthDb;
  let storeA: RecordStore;
  let storeB: RecordStore;

  beforeEach(async () => {
    db = new HearthDb(`love-${crypto.randomUUID()}`);
    const us = await importDataKey(generateDataKeyBytes());
    const ring = async (partner: 'a' | 'b') => {
      return unlockedRing(partner, us);
    };
    let clock = Date.UTC(2026, 10, 24, 20, 0);
    const now = () => (clock += 60_000);
    storeA = new RecordStore(db, await ring('a'), now);
    storeB = new RecordStore(db, await ring('b'), now);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('saves a result the partner can see, and a retake replaces it', async () => {
    const ada = new AssessmentRepo(storeA);
    await ada.save(answersFavouring('quality-time'));
    const first = await new AssessmentRepo(storeB).results();
    expect(first.a?.scores['quality-time']).toBe(12);
    await ada.save(answersFavouring('physical-touch'));
    const second = await new AssessmentRepo(storeB).results();
    expect(second.a?.scores['physical-touch']).toBe(12);
    expect(second.b).toBeUndefined();
    expect(await db.records.count()).toBe(1);
  });

  it('refuses an unfinished assessment and keeps no answers', async () => {
    const partial = { q01: 'a', q02: 'b' } as const;
    await expect(new AssessmentRepo(storeA).save(partial)).rejects.toBeInstanceOf(IncompleteAssessmentError);
    expect(await db.records.count()).toBe(0);
    const opened = await storeB.newest<Record<string, unknown>>('assessment', 5);
    expect(opened).toEqual([]);
  });

  it('stores only the scores', async () => {
    await new AssessmentRepo(storeA).save(answersFavouring('receiving-gifts'));
    const [record] = await storeB.newest<Record<string, unknown>>('assessment', 1);
    expect(record?.status === 'ok' && Object.keys(record.payload)).toEqual(['scores']);
  });

  it('keeps tank checks shared or private, newest first', async () => {
    const ada = new TankRepo(storeA);
    await ada.save({ value: 4, fill: 'A long hug', space: 'us' });
    await ada.save({ value: 6, fill: 'Just for me', space: 'private' });
    await new TankRepo(storeB).save({ value: 8, fill: '', space: 'us' });
    expect((await ada.history(10)).map((e) => [e.author, e.value, e.space])).toEqual([['b', 8, 'us'], ['a', 6, 'private'], ['a', 4, 'us']]);
    expect((await new TankRepo(storeB).history(10)).map((e) => e.fill)).toEqual(['', 'A long hug']);
  });

  it('refuses a tank check out of range and stores nothing', async () => {
    await expect(new TankRepo(storeA).save({ value: 12, fill: '', space: 'us' })).rejects.toBeInstanceOf(InvalidTankCheckError);
    expect(await db.records.count()).toBe(0);
  });
});
