import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '../../renderer/src/data/crypto/argon2';
import { newKdfParams } from '../../renderer/src/data/crypto/kdfParams';
import { VaultService } from '../../renderer/src/data/service/vaultService';
import { KeyRing } from '../../renderer/src/data/session/keyRing';
import { HearthDb } from '../../renderer/src/data/storage/hearthDb';
import { dayKey } from '../../shared/checkins';
import { writeCurrentState } from './sampleState';
import { RECORDS_PER_YEAR, sampleCouple, type SampleCouple } from './sampleVault';
import { readBack, todayProblems } from './vaultReadBack';

const PASSPHRASES = { a: 'sample passphrase for sam', b: 'sample passphrase for alex' };
// A Wednesday morning: this week has begun, tonight has not.
const NOW = new Date(2026, 2, 11, 8, 30).getTime();
/** A quarter's history: every sort of record, and quick on two shared cores. */
const QUARTER = 0.25;

describe('the sample vault', () => {
  let db: HearthDb;
  let vault: VaultService;

  beforeEach(async () => {
    db = new HearthDb(`sample-${crypto.randomUUID()}`);
    // The floor parameters keep the suite quick; the benchmark uses the app's default.
    vault = new VaultService({ db, keys: new KeyRing(), derive: deriveKeyBytes, kdf: newKdfParams({ memoryKiB: 19_456, passes: 2, lanes: 1 }) });
    await vault.create({ partners: { a: { name: 'Sam', colour: 'ember' }, b: { name: 'Alex', colour: 'sage' } }, passphrases: PASSPHRASES });
  });
  afterEach(async () => {
    await db.delete();
  });

  async function store(couple: SampleCouple): Promise<void> {
    for (const partner of ['a', 'b'] as const) {
      await vault.lock();
      await vault.unlock(PASSPHRASES[partner]);
      await vault.records.putMany(couple.records[partner].map((record) => record.input));
      await writeCurrentState(vault, partner);
    }
  }

  async function shortfalls(couple: SampleCouple, partner: 'a' | 'b'): Promise<string[]> {
    await vault.lock();
    await vault.unlock(PASSPHRASES[partner]);
    return (await readBack(vault, couple)).filter((line) => line.read !== line.written).map((line) => `${line.what}: ${line.read} of ${line.written}`);
  }

  it('reads back in full through the repositories, as each partner, with Today finding its content', async () => {
    const couple = sampleCouple(QUARTER);
    await store(couple);
    expect(await shortfalls(couple, 'b')).toEqual([]);
    expect(await shortfalls(couple, 'a')).toEqual([]);
    expect(await todayProblems(vault, Math.round(QUARTER * 365.25))).toEqual([]);
    // Both partners keep private things and the reveal rule has something to seal.
    for (const partner of ['a', 'b'] as const) {
      const sorts = new Set(couple.records[partner].filter((record) => record.input.keyId === 'private').map((record) => record.sort));
      expect([...sorts].sort()).toEqual(['appreciation', 'privateNote', 'privateReflection', 'tank']);
    }
    expect(couple.sealedFrom.a).toBeGreaterThan(1);
  }, 90_000);

  it('shows a payload the app would not have written as a shortfall', async () => {
    const couple = sampleCouple(QUARTER);
    const quick = couple.records.b.find((record) => record.sort === 'quick')!;
    const checkins = [...couple.records.a, ...couple.records.b].filter((record) => record.sort === 'quick' || record.sort === 'weekly').length;
    // The shape the benchmark used to write, before it used the check-in builder.
    quick.input = { ...quick.input, payload: { type: 'quick', mood: 3, emotional: 3, physical: 3, stress: 2, howAreYou: 'fine' } };
    await store(couple);
    expect(await shortfalls(couple, 'a')).toEqual([`check-ins, quick and weekly (check-ins): ${checkins - 1} of ${checkins}`, 'check-ins the screen cannot read: 1 of 0']);
  }, 90_000);

  it('has about RECORDS_PER_YEAR records a year, ending today and never after now', () => {
    const couple = sampleCouple(10, NOW);
    const all = [...couple.records.a, ...couple.records.b].map((record) => record.input.createdAt);
    expect(all.length / 10).toBeGreaterThan(RECORDS_PER_YEAR * 0.98);
    expect(all.length / 10).toBeLessThan(RECORDS_PER_YEAR * 1.02);
    expect(Math.max(...all)).toBeLessThanOrEqual(NOW);
    for (const partner of ['a', 'b'] as const) {
      expect(dayKey(new Date(couple.records[partner].at(-1)!.input.createdAt))).toBe(dayKey(new Date(NOW)));
    }
  });
});
