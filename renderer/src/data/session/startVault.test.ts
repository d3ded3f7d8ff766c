import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '../crypto/argon2';
import { bytesToBase64 } from '../crypto/bytes';
import { newKdfParams } from '../crypto/kdfParams';
import { VaultService } from '../service/vaultService';
import { HearthDb } from '../storage/hearthDb';
import { KeyRing } from './keyRing';
import { deriveOwnKek } from './rememberedKek';
import { startVault } from './startVault';

const cheapKdf = () => newKdfParams({ memoryKiB: 19_456, passes: 2, lanes: 1 });
const nothingRemembered = async () => null;

describe('startVault', () => {
  let db: HearthDb;
  const open = () => new VaultService({ db, keys: new KeyRing(), derive: deriveKeyBytes, kdf: cheapKdf() });

  beforeEach(() => {
    db = new HearthDb(`start-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  async function createForTwo(): Promise<VaultService> {
    const vault = open();
    await vault.create({
      partners: { a: { name: 'Ada', colour: 'ember' }, b: { name: 'Bo', colour: 'sage' } },
      passphrases: { a: 'a long first phrase', b: 'a long second phrase' },
    });
    await vault.lock();
    return vault;
  }

  it('finds no vault on a first run', async () => {
    await expect(startVault(open(), nothingRemembered)).resolves.toEqual({ status: 'first-run' });
  });

  it('needs attention, never a first run, when the header is gone but records remain; creating over them is refused', async () => {
    await createForTwo();
    const records = await db.records.toArray();
    await db.meta.clear();
    await expect(startVault(open(), nothingRemembered)).resolves.toEqual({ status: 'damaged', damage: 'missing-header' });
    await expect(
      open().create({ partners: { a: { name: 'Eve', colour: 'plum' } }, passphrases: { a: 'a phrase to take over with' } }),
    ).rejects.toThrow();
    expect(await db.records.toArray()).toEqual(records);
    expect(await db.meta.count()).toBe(0);
  });

  it('asks for a passphrase when nobody is remembered', async () => {
    await createForTwo();
    await expect(startVault(open(), nothingRemembered)).resolves.toEqual({ status: 'locked', rememberedPartner: null });
  });

  /** Bo remembered on this computer: the secret main would keep for him. */
  async function rememberBo(): Promise<string> {
    const creator = await createForTwo();
    await creator.unlock('a long second phrase');
    const { kek } = await deriveOwnKek(creator, deriveKeyBytes, 'b', 'a long second phrase');
    await creator.lock();
    return bytesToBase64(kek);
  }

  it('opens silently for a remembered partner, and only their private space', async () => {
    const secretB64 = await rememberBo();
    const later = open();
    await expect(startVault(later, async () => ({ partner: 'b', secretB64 }))).resolves.toEqual({ status: 'unlocked', rememberedPartner: 'b' });
    expect(later.keys.partner).toBe('b');
    expect(later.needsNewPassphrase).toBe(false);
  });

  it('after a crash, shows the lock screen even for a remembered partner, still knowing who is remembered', async () => {
    const secretB64 = await rememberBo();
    const later = open();
    await expect(startVault(later, async () => ({ partner: 'b', secretB64 }), { isAfterCrash: true })).resolves.toEqual({
      status: 'locked',
      rememberedPartner: 'b',
    });
    expect(later.keys.isLocked).toBe(true);
  });

  it('falls back to the lock screen when the remembered key no longer fits, writing nothing', async () => {
    await createForTwo();
    const before = JSON.stringify(await db.meta.toArray());
    const stale = { partner: 'a' as const, secretB64: bytesToBase64(new Uint8Array(32).fill(7)) };
    const later = open();
    await expect(startVault(later, async () => stale)).resolves.toEqual({ status: 'locked', rememberedPartner: 'a' });
    expect(later.keys.isLocked).toBe(true);
    expect(JSON.stringify(await db.meta.toArray())).toBe(before);
  });

  it.each([
    ['weakened (1 MiB)', 1024],
    ['inflated to make every unlock take minutes (2 GiB)', 2 * 1_048_576],
  ])('reports a header %s as damaged lock information, without deriving a key', async (_name, memoryKiB) => {
    await createForTwo();
    const row = await db.meta.get('vaultHeader');
    const header = row?.value as { kdf: { memoryKiB: number } };
    await db.meta.put({ key: 'vaultHeader', value: { ...header, kdf: { ...header.kdf, memoryKiB } } });
    let derivations = 0;
    const counting = new VaultService({ db, keys: new KeyRing(), derive: (...args) => (derivations++, deriveKeyBytes(...args)) });
    await expect(startVault(counting, nothingRemembered)).resolves.toEqual({ status: 'damaged', damage: 'header' });
    await expect(counting.unlock('a long first phrase')).rejects.toThrow();
    expect(derivations).toBe(0);
  });

  it('refuses a passphrase that is not the partner\'s own when remembering', async () => {
    const vault = await createForTwo();
    await vault.unlock('a long first phrase');
    await expect(deriveOwnKek(vault, deriveKeyBytes, 'a', 'a long second phrase')).rejects.toMatchObject({ name: 'WrongSecretError' });
  });
});
