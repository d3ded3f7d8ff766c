import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '../crypto/argon2';
import { WrongSecretError, WeakKdfParamsError } from '../crypto/errors';
import { newKdfParams } from '../crypto/kdfParams';
import { KeyRing } from '../session/keyRing';
import { HearthDb } from '../storage/hearthDb';
import { VaultService } from './vaultService';

// The floor parameters keep the suite quick; the app always uses the 64 MiB default.
const cheapKdf = () => newKdfParams({ memoryKiB: 19_456, passes: 2, lanes: 1 });

async function snapshot(db: HearthDb) {
  return JSON.stringify({ meta: await db.meta.toArray(), records: await db.records.toArray() }, (_key, value) =>
    value instanceof Uint8Array ? Array.from(value) : value,
  );
}

describe('VaultService', () => {
  let db: HearthDb;
  let vault: VaultService;
  const open = () => new VaultService({ db, keys: new KeyRing(), derive: deriveKeyBytes, kdf: cheapKdf() });

  beforeEach(() => {
    db = new HearthDb(`vault-${crypto.randomUUID()}`);
    vault = open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('creates a vault for two, with names sealed and a recovery key each', async () => {
    const keys = await vault.create({
      partners: { a: { name: 'Ada', colour: 'ember' }, b: { name: 'Bo', colour: 'sage' } },
      passphrases: { a: 'correct horse battery', b: 'another long phrase' },
    });
    expect(keys.a).toMatch(/\w/);
    expect(keys.b).toMatch(/\w/);
    expect(await vault.profiles.load()).toEqual({ a: { name: 'Ada', colour: 'ember' }, b: { name: 'Bo', colour: 'sage' } });
    expect(await snapshot(db)).not.toContain('Ada');
  });

  it('finds whose passphrase was typed, and a wrong one changes nothing on disk', async () => {
    await vault.create({
      partners: { a: { name: 'Ada', colour: 'ember' }, b: { name: 'Bo', colour: 'sage' } },
      passphrases: { a: 'correct horse battery', b: 'another long phrase' },
    });
    await vault.lock();
    const before = await snapshot(db);
    await expect(open().unlock('not the passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    expect(await snapshot(db)).toBe(before);
    const again = open();
    await expect(again.unlock('another long phrase')).resolves.toBe('b');
    expect(await again.profiles.load()).toMatchObject({ b: { name: 'Bo' } });
  });

  it('changes a passphrase without touching a single record', async () => {
    await vault.create({ partners: { a: { name: 'Ada', colour: 'ember' } }, passphrases: { a: 'first passphrase here' } });
    await vault.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'thank you' } });
    const recordsBefore = JSON.stringify(await db.records.toArray(), (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v));
    await vault.changePassphrase({ kind: 'passphrase', passphrase: 'first passphrase here' }, 'second passphrase here');
    const recordsAfter = JSON.stringify(await db.records.toArray(), (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v));
    expect(recordsAfter).toBe(recordsBefore);
    await expect(open().unlock('first passphrase here')).rejects.toBeInstanceOf(WrongSecretError);
    const reopened = open();
    await reopened.unlock('second passphrase here');
    expect((await reopened.records.newest('appreciation', 5))[0]).toMatchObject({ status: 'ok', payload: { text: 'thank you' } });
  });

  it('unlocks with a recovery key and then asks for a new passphrase', async () => {
    const keys = await vault.create({ partners: { a: { name: 'Ada', colour: 'ember' } }, passphrases: { a: 'forgotten one here' } });
    const recovering = open();
    await expect(recovering.unlockWithRecovery(keys.a)).resolves.toBe('a');
    expect(recovering.needsNewPassphrase).toBe(true);
    await recovering.changePassphrase({ kind: 'recovery', recoveryKey: keys.a }, 'a brand new one');
    expect(recovering.needsNewPassphrase).toBe(false);
    await expect(open().unlock('a brand new one')).resolves.toBe('a');
  });

  it('lets the second partner join later and read what is shared', async () => {
    await vault.create({ partners: { a: { name: 'Ada', colour: 'ember' } }, passphrases: { a: 'first passphrase here' } });
    await vault.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: 'shared from before' } });
    await vault.addPartner({
      current: { kind: 'passphrase', passphrase: 'first passphrase here' },
      profile: { name: 'Bo', colour: 'sage' },
      passphrase: 'bo has a phrase too',
    });
    const bo = open();
    await expect(bo.unlock('bo has a phrase too')).resolves.toBe('b');
    expect((await bo.records.newest('appreciation', 5))[0]).toMatchObject({ payload: { text: 'shared from before' } });
  });

  it('refuses a header whose key derivation was weakened on disk', async () => {
    await vault.create({ partners: { a: { name: 'Ada', colour: 'ember' } }, passphrases: { a: 'first passphrase here' } });
    const row = (await db.meta.get('vaultHeader'))!;
    const header = row.value as { kdf: { memoryKiB: number; passes: number } };
    await db.meta.put({ key: 'vaultHeader', value: { ...header, kdf: { ...header.kdf, memoryKiB: 1024, passes: 1 } } });
    await expect(open().unlock('first passphrase here')).rejects.toBeInstanceOf(WeakKdfParamsError);
  });
});

describe('locking', () => {
  it('saves an open draft before dropping the keys, and the draft is there after unlock', async () => {
    const db = new HearthDb(`lock-${crypto.randomUUID()}`);
    const vault = new VaultService({ db, keys: new KeyRing(), derive: deriveKeyBytes, kdf: cheapKdf() });
    await vault.create({ partners: { a: { name: 'Ada', colour: 'ember' } }, passphrases: { a: 'first passphrase here' } });
    let typed = 'half a sentence';
    vault.beforeLock(() => vault.drafts.save('journal:new', { text: typed }));
    await vault.lock();
    typed = 'changed after the lock';
    expect(vault.keys.isLocked).toBe(true);
    await vault.unlock('first passphrase here');
    await expect(vault.drafts.load('journal:new')).resolves.toEqual({ text: 'half a sentence' });
    await db.delete();
  });
});
