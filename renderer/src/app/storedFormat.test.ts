/**
 * A vault as Hearth stored it in November 2026 (before the data core moved into renderer/src/data) must open
 * and read in full today. The fixture was written by that version's own repositories into fake-indexeddb
 * and dumped as JSON (bytes as base64); it is never regenerated: a change that breaks it breaks every
 * couple's existing journal. It lives in the shell's folder because it reads through every feature.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '@renderer/data/crypto/argon2';
import { KeyRing } from '@renderer/data/session/keyRing';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import type { StoredRecord } from '@renderer/data/storage/storedRecord';
import { VaultService } from '@renderer/data/service/vaultService';
import { AppreciationRepo } from '@renderer/features/journal/appreciationRepo';
import { CheckinRepo } from '@renderer/features/checkins/checkinRepo';
import { ExerciseLogRepo } from '@renderer/features/exercises/exerciseLogRepo';
import { CardStateRepo } from '@renderer/features/cards/cardStateRepo';
import { TankRepo } from '@renderer/features/loveLanguages/tankRepo';
import { AssessmentRepo } from '@renderer/features/loveLanguages/assessmentRepo';

import fixture from '../data/testing/fixtures/vault-2026-11.json?raw';

interface Dump {
  meta: { key: 'vaultHeader'; value: unknown }[];
  records: StoredRecord[];
  recoveryKeys: { a: string; b: string };
}

/** The fixture as JSON, with its byte fields (written as `{ $bytes: base64 }`) as bytes again. */
function readDump(): Dump {
  return JSON.parse(fixture, (_key, value: unknown) =>
    value && typeof value === 'object' && '$bytes' in value ? Uint8Array.from(atob((value as { $bytes: string }).$bytes), (c) => c.charCodeAt(0)) : value,
  ) as Dump;
}

describe('a vault stored by the November 2026 version', () => {
  let db: HearthDb;
  let dump: Dump;
  const open = () => new VaultService({ db, keys: new KeyRing(), derive: deriveKeyBytes });

  beforeEach(async () => {
    dump = readDump();
    db = new HearthDb(`stored-format-${crypto.randomUUID()}`);
    await db.transaction('rw', db.meta, db.records, async () => {
      await db.meta.bulkPut(dump.meta);
      await db.records.bulkPut(dump.records);
    });
  });
  afterEach(async () => {
    await db.delete();
  });

  it("opens with Ada's passphrase and reads every kind of record she may read", async () => {
    const vault = open();
    expect(await vault.unlock('ada fixture passphrase')).toBe('a');
    expect(await vault.profiles.load()).toEqual({ a: { name: 'Ada', colour: 'ember' }, b: { name: 'Bo', colour: 'sage' } });

    const journal = await new AppreciationRepo(vault.records).newest(10);
    expect(journal.map((entry) => (entry.status === 'ok' ? entry.text : entry.status)).sort()).toEqual([
      'Only for me: I miss our walks.',
      'Thank you for fixing the bike.',
      'You made tea before I asked. Thank you.',
    ]);
    expect(journal.find((entry) => entry.status === 'ok' && entry.text.startsWith('You made tea'))).toMatchObject({ tags: ['mornings'], space: 'us' });

    const checkins = await new CheckinRepo(vault.records).list();
    expect(checkins.map((entry) => entry.status)).toEqual(['open', 'open']);
    const adas = checkins.find((entry) => entry.author === 'a');
    expect(adas).toMatchObject({ checkin: { howAreYou: 'Busy but hopeful' }, privateNote: 'note only Ada reads' });

    const log = new ExerciseLogRepo(vault.records);
    const sessions = await log.listSessions();
    expect(sessions.map((entry) => entry.status === 'ok' && [entry.session.exerciseId, entry.privateReflection])).toEqual([
      ['twenty-minute-talk', null],
      ['sensate-focus', 'Ada alone remembers this'],
    ]);
    expect(await log.readinessMarks()).toEqual([{ author: 'a', stage: 1, isReady: true }]);
    expect((await log.loadPlan()).plan).toEqual({ v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 2 }] });
    expect((await log.dateNights()).plans).toEqual([expect.objectContaining({ ideaId: 'picnic-indoors', day: '2026-11-28', author: 'a' })]);

    expect((await new CardStateRepo(vault.records).load()).get('memories-03')).toMatchObject({ isFavourite: true, changedBy: 'a' });
    expect(await new TankRepo(vault.records).history(5)).toEqual([expect.objectContaining({ value: 6, fill: 'A long hug', author: 'a' })]);
    expect((await new AssessmentRepo(vault.records).results()).a?.scores['quality-time']).toBe(12);
    expect(await vault.drafts.load('journal:new')).toEqual({ text: 'half a thought, not yet saved', tags: [], space: 'us' });
  });

  it("opens with Bo's passphrase and keeps Ada's private words from him", async () => {
    const vault = open();
    expect(await vault.unlock('bo fixture passphrase')).toBe('b');
    const journal = await new AppreciationRepo(vault.records).newest(10);
    expect(journal.map((entry) => entry.status === 'ok' && entry.text).sort()).toEqual(['Thank you for fixing the bike.', 'You made tea before I asked. Thank you.']);
    const sessions = await new ExerciseLogRepo(vault.records).listSessions();
    expect(sessions.every((entry) => entry.status === 'ok' && entry.privateReflection === null)).toBe(true);
    expect(JSON.stringify(await new CheckinRepo(vault.records).list())).not.toContain('note only Ada reads');
    expect(await vault.drafts.load('journal:new')).toBeUndefined();
  });

  it.each(['a', 'b'] as const)('opens with partner %s’s recovery key', async (partner) => {
    expect(await open().unlockWithRecovery(dump.recoveryKeys[partner])).toBe(partner);
  });
});
