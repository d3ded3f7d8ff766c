import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKeyBytes, importDataKey } from '@renderer/data/crypto/keys';
import { unlockedRing } from '@renderer/data/testing/testVault';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import { RecordStore } from '@renderer/data/storage/recordStore';
import { emptyAnswers, type CompleteAnswers } from './checkinAnswers';
import { CheckinRepo } from './checkinRepo';

const SECRET = 'note-9c2e-only-for-me';
const scales = { mood: 4, emotionalCloseness: 3, physicalCloseness: 2, stress: 4 } as const;

function answers(overrides: Partial<CompleteAnswers> = {}): CompleteAnswers {
  return { ...emptyAnswers('weekly'), scales, howAreYou: 'Busy week', ...overrides };
}

describe('CheckinRepo', () => {
  let db: HearthDb;
  let clock: Date;
  let stores: { a: RecordStore; b: RecordStore };
  let ada: CheckinRepo;
  let bo: CheckinRepo;

  beforeEach(async () => {
    db = new HearthDb(`checkins-${crypto.randomUUID()}`);
    const us = await importDataKey(generateDataKeyBytes());
    const ring = async (partner: 'a' | 'b') => {
      return unlockedRing(partner, us);
    };
    clock = new Date(2026, 4, 14, 20, 0); // Thursday of 2026-W20
    const now = () => clock.getTime();
    stores = { a: new RecordStore(db, await ring('a'), now), b: new RecordStore(db, await ring('b'), now) };
    ada = new CheckinRepo(stores.a, () => clock);
    bo = new CheckinRepo(stores.b, () => clock);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('keeps a weekly answer sealed from the partner until both have answered', async () => {
    await ada.save(answers({ howAreYou: 'Tired but hopeful' }));
    expect(await bo.list()).toEqual([expect.objectContaining({ status: 'sealed', author: 'a', week: '2026-W20' })]);
    expect((await ada.list())[0]).toMatchObject({ status: 'open', visibility: 'own', checkin: { howAreYou: 'Tired but hopeful' } });

    await bo.save(answers({ howAreYou: 'Good, actually' }));
    const seenByBo = await bo.list();
    expect(seenByBo.map((entry) => entry.status)).toEqual(['open', 'open']);
    expect(seenByBo.find((entry) => entry.author === 'a')).toMatchObject({ visibility: 'bothAnswered', checkin: { howAreYou: 'Tired but hopeful' } });
  });

  it('shows a weekly answer early when its author reveals it', async () => {
    await ada.save(answers());
    clock = new Date(2026, 4, 15, 9, 0);
    await ada.reveal('2026-W20');
    expect((await bo.list())[0]).toMatchObject({ status: 'open', visibility: 'revealedByAuthor' });
    await ada.save(answers({ howAreYou: 'Edited after revealing' }));
    expect((await bo.list())[0]).toMatchObject({ status: 'open', checkin: { howAreYou: 'Edited after revealing' } });
  });

  it('never seals a quick check-in', async () => {
    await ada.save(answers({ type: 'quick' }));
    expect((await bo.list())[0]).toMatchObject({ status: 'open', visibility: 'alwaysOpen', checkin: { type: 'quick', day: '2026-05-14' } });
  });

  it('edits today’s quick check-in and this week’s weekly one instead of adding more', async () => {
    const first = await ada.save(answers({ type: 'quick', howAreYou: 'morning' }));
    clock = new Date(2026, 4, 14, 22, 0);
    const again = await ada.save(answers({ type: 'quick', howAreYou: 'evening' }));
    expect(again).toBe(first);
    clock = new Date(2026, 4, 15, 8, 0);
    await ada.save(answers({ type: 'quick', howAreYou: 'next day' }));
    clock = new Date(2026, 4, 15, 8, 5);
    const weekly = await ada.save(answers());
    clock = new Date(2026, 4, 17, 21, 0); // Sunday, same week
    expect(await ada.save(answers({ whatWouldHelp: 'A walk' }))).toBe(weekly);
    const list = await ada.list();
    expect(list.map((entry) => entry.status === 'open' && entry.checkin.howAreYou)).toEqual(['Busy week', 'next day', 'evening']);
    expect(list[0]).toMatchObject({ checkin: { day: '2026-05-15', week: '2026-W20', whatWouldHelp: 'A walk' } });
  });

  it('keeps a private note under the author’s own key, out of the partner’s reach', async () => {
    await ada.save(answers({ isBothered: true, botheringNote: SECRET, isNotePrivate: true }));
    await bo.save(answers());
    const mine = (await ada.list()).find((entry) => entry.author === 'a');
    expect(mine).toMatchObject({ privateNote: SECRET, checkin: { bothering: { isBothered: true, note: '' } } });
    const theirs = (await bo.list()).find((entry) => entry.author === 'a');
    expect(theirs).toMatchObject({ status: 'open', privateNote: null, checkin: { bothering: { isBothered: true, note: '' } } });
    expect(JSON.stringify(await bo.list())).not.toContain(SECRET);
    const rows = await db.records.where('kind').equals('checkin').toArray();
    expect(rows.map((row) => row.keyId).sort()).toEqual(['private', 'us', 'us']);
  });

  it('moves a note between private and shared, and drops it when nothing is bothering', async () => {
    await ada.save(answers({ isBothered: true, botheringNote: SECRET, isNotePrivate: true }));
    await ada.save(answers({ isBothered: true, botheringNote: 'Now I want you to know', isNotePrivate: false }));
    expect((await ada.list())[0]).toMatchObject({ privateNote: null, checkin: { bothering: { note: 'Now I want you to know' } } });
    expect(await db.records.filter((row) => row.keyId === 'private').count()).toBe(0);
    await ada.save(answers({ isBothered: false, botheringNote: 'left in the box', isNotePrivate: false }));
    expect((await ada.list())[0]).toMatchObject({ checkin: { bothering: { isBothered: false, note: '' } } });
  });

  it('keeps only the chosen obstacles, in order, and "something else" only when chosen', async () => {
    await ada.save(answers({ obstacles: ['health', 'stress', 'health'], otherObstacle: 'not chosen' }));
    expect((await ada.list())[0]).toMatchObject({ checkin: { obstacles: ['stress', 'health'], otherObstacle: '' } });
  });

  it('shows a payload that fails validation as unreadable, and still lists the rest', async () => {
    await stores.a.put({ kind: 'checkin', keyId: 'us', payload: { type: 'weekly', v: 1, scales: { mood: 9 } } });
    clock = new Date(2026, 4, 15, 9, 0);
    await ada.save(answers({ type: 'quick' }));
    expect((await ada.list()).map((entry) => entry.status)).toEqual(['open', 'unreadable']);
  });

  it('refuses text beyond the limit before anything is stored', async () => {
    await expect(ada.save(answers({ howAreYou: 'x'.repeat(4_001) }))).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
  });

  it('cannot reveal a week it has not answered', async () => {
    await expect(ada.reveal('2026-W20')).rejects.toThrow(/no weekly check-in/);
  });
});
