import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupFileError } from '@shared/backup/backupFile';
import { deriveKeyBytes } from '../crypto/argon2';
import { WrongSecretError } from '../crypto/errors';
import { newKdfParams } from '../crypto/kdfParams';
import { VaultService } from '../service/vaultService';
import { KeyRing } from '../session/keyRing';
import { HearthDb } from '../storage/hearthDb';
import { readBackup } from './backupCodec';
import { openBackup } from './openBackup';

// The floor parameters keep the suite quick; the app always uses the 64 MiB default.
const cheapKdf = () => newKdfParams({ memoryKiB: 19_456, passes: 2, lanes: 1 });
const PASSPHRASES = { a: 'correct horse battery', b: 'another long phrase' };

/** The database exactly as stored, bytes included, for before-and-after comparisons. */
async function dump(db: HearthDb): Promise<string> {
  const records = (await db.records.toArray()).sort((left, right) => (left.id < right.id ? -1 : 1));
  return JSON.stringify({ meta: await db.meta.toArray(), records }, (_key, value) => (value instanceof Uint8Array ? Array.from(value) : value));
}

describe('backup and restore of a real vault', () => {
  const databases: HearthDb[] = [];
  const newService = () => {
    const db = new HearthDb(`restore-${crypto.randomUUID()}`);
    databases.push(db);
    return { db, service: new VaultService({ db, keys: new KeyRing(), derive: deriveKeyBytes, kdf: cheapKdf() }) };
  };
  let home: ReturnType<typeof newService>;
  let recoveryKeys: { a: string; b?: string };

  beforeEach(async () => {
    home = newService();
    recoveryKeys = await home.service.create({
      partners: { a: { name: 'Ada', colour: 'ember' }, b: { name: 'Bo', colour: 'sage' } },
      passphrases: PASSPHRASES,
    });
    await home.service.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'Thank you for the tea' }, createdAt: Date.UTC(2025, 0, 3) });
    await home.service.records.put({ kind: 'checkin', keyId: 'private', payload: { note: 'a private note' }, createdAt: Date.UTC(2026, 5, 9) });
  });
  afterEach(async () => {
    await Promise.all(databases.splice(0).map((db) => db.delete()));
  });

  it('moves the vault to a new computer byte for byte, and both partners’ passphrases and recovery keys open it', async () => {
    const text = await home.service.makeBackup(Date.UTC(2026, 11, 2));
    const newComputer = newService();
    const opened = await openBackup(await readBackup(text), { kind: 'passphrase', passphrase: PASSPHRASES.b }, deriveKeyBytes);
    expect(opened.session.partner).toBe('b');
    expect(opened.summary).toEqual({
      counts: { profile: 2, appreciation: 1, checkin: 1 },
      span: { first: Date.UTC(2025, 0, 3), last: Date.UTC(2026, 5, 9) },
      names: { a: 'Ada', b: 'Bo' },
    });

    await newComputer.service.restore(opened);

    expect(await dump(newComputer.db)).toBe(await dump(home.db));
    expect(newComputer.service.keys.partner).toBe('b');
    await newComputer.service.lock();
    expect(await newComputer.service.unlock(PASSPHRASES.a)).toBe('a');
    const [entry] = await newComputer.service.records.newest<{ text: string }>('appreciation', 5);
    expect(entry).toMatchObject({ status: 'ok', payload: { text: 'Thank you for the tea' } });
    await newComputer.service.lock();
    expect(await newComputer.service.unlock(PASSPHRASES.b)).toBe('b');
    await newComputer.service.lock();
    expect(await newComputer.service.unlockWithRecovery(recoveryKeys.a)).toBe('a');
    await newComputer.service.lock();
    expect(await newComputer.service.unlockWithRecovery(recoveryKeys.b!)).toBe('b');
  });

  it('replaces what was written since, so the vault is exactly the backup again', async () => {
    const text = await home.service.makeBackup();
    const atBackup = await dump(home.db);
    await home.service.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'written after' } });
    expect(await dump(home.db)).not.toBe(atBackup);

    const opened = await openBackup(await readBackup(text), { kind: 'recovery', recoveryKey: recoveryKeys.a }, deriveKeyBytes);
    await home.service.restore(opened);

    expect(await dump(home.db)).toBe(atBackup);
    expect(home.service.needsNewPassphrase).toBe(true);
  });

  it('answers what the live vault holds from its index alone', async () => {
    expect(await home.service.summary()).toEqual({
      counts: { profile: 2, appreciation: 1, checkin: 1 },
      span: { first: Date.UTC(2025, 0, 3), last: Date.UTC(2026, 5, 9) },
    });
  });

  it('refuses a wrong passphrase and leaves the live vault exactly as it was', async () => {
    const backup = await readBackup(await home.service.makeBackup());
    await home.service.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'written after' } });
    const before = await dump(home.db);
    await expect(openBackup(backup, { kind: 'passphrase', passphrase: 'not our passphrase' }, deriveKeyBytes)).rejects.toBeInstanceOf(WrongSecretError);
    expect(await dump(home.db)).toBe(before);
    expect(home.service.keys.isLocked).toBe(false);
  });

  it('refuses a backup whose record was dropped and digest recomputed, once its passphrase is known', async () => {
    const text = await home.service.makeBackup();
    const lines = text.slice(0, -1).split('\n');
    const preamble = { ...(JSON.parse(lines[0]!) as object), recordCount: lines.length - 3 };
    const body = `${[JSON.stringify(preamble), ...lines.slice(2, -1)].join('\n')}\n`;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
    const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    const forged = `${body}${JSON.stringify({ ...(JSON.parse(lines.at(-1)!) as object), sha256 })}\n`;
    const before = await dump(home.db);

    const opening = openBackup(await readBackup(forged), { kind: 'passphrase', passphrase: PASSPHRASES.a }, deriveKeyBytes);
    await expect(opening).rejects.toBeInstanceOf(BackupFileError);
    await expect(opening).rejects.toMatchObject({ problem: 'altered' });
    expect(await dump(home.db)).toBe(before);
  });
});
