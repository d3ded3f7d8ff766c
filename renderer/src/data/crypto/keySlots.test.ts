import { describe, expect, it } from 'vitest';
import { deriveKeyBytes, type DeriveKeyBytes } from './argon2';
import { openJson, type RecordBinding, sealJson } from './envelope';
import {
  KeySlotStateError, PassphraseConflictError, PassphraseInputError, RecoveryKeyFormatError, UnreadableRecordError, WeakKdfParamsError,
  WrongSecretError,
} from './errors';
import { newKdfParams } from './kdfParams';
import {
  addPartner, changePassphrase, createVaultKeys, type PartnerSecret, unlockWithPassphrase, unlockWithRecoveryKey,
} from './keySlots';
import { findSlot, type KeySlot, type VaultHeader } from './vaultHeader';

// The floor keeps each derivation around 40 ms; one test below uses the default cost.
const cheapKdf = () => newKdfParams({ memoryKiB: 19_456, passes: 2, lanes: 1 });
const entry: RecordBinding = { table: 'entries', id: 'entry-1', field: 'text', formatVersion: 1 };
const A = 'our river walk, every sunday';
const B = 'lemon tea at the window seat';

/** deriveKeyBytes, counted. */
function countingDerive(): { derive: DeriveKeyBytes; calls: () => number } {
  let calls = 0;
  return {
    derive: (passphrase, params) => {
      calls++;
      return deriveKeyBytes(passphrase, params);
    },
    calls: () => calls,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function soloVault(passphrase = A) {
  return createVaultKeys({ partners: ['a'], passphrases: { a: passphrase }, derive: deriveKeyBytes, kdf: cheapKdf() });
}

async function coupleVault() {
  const created = await createVaultKeys({ partners: ['a', 'b'], passphrases: { a: A, b: B }, derive: deriveKeyBytes, kdf: cheapKdf() });
  return { ...created, header: deepFreeze(created.header) };
}

describe('createVaultKeys', () => {
  it('makes a passphrase slot and a recovery slot per partner, and a recovery key each', async () => {
    const { header, recoveryKeys, session } = await coupleVault();
    const kinds = header.slots.map((slot) => `${slot.partner}:${slot.kind}`);
    expect(kinds).toEqual(['a:passphrase', 'a:recovery', 'b:passphrase', 'b:recovery']);
    expect(recoveryKeys.a).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/);
    expect(recoveryKeys.b).not.toBe(recoveryKeys.a);
    expect(session).toMatchObject({ partner: 'a', unlockedWith: 'passphrase' });
    expect(session.usKey.extractable).toBe(false);
    expect(session.privateKey.extractable).toBe(false);
  });

  it('keeps no passphrase, recovery key or raw key in the header', async () => {
    const { header, recoveryKeys } = await coupleVault();
    const json = JSON.stringify(header);
    for (const secret of [A, B, recoveryKeys.a, recoveryKeys.b!]) expect(json).not.toContain(secret);
  });

  it('creates a vault for one partner, with no slots for the other', async () => {
    const { header, recoveryKeys } = await soloVault();
    expect(header.slots.map((slot) => slot.partner)).toEqual(['a', 'a']);
    expect(recoveryKeys).toEqual({ a: expect.any(String) });
  });

  it.each<[string, Parameters<typeof createVaultKeys>[0]['passphrases'], new (...args: never[]) => Error]>([
    ['an empty passphrase', { a: '', b: B }, PassphraseInputError],
    ['a missing passphrase for b', { a: A }, PassphraseInputError],
    ['a 1 MB passphrase', { a: 'x'.repeat(1_000_000), b: B }, PassphraseInputError],
    ['the same passphrase twice, once decomposed', { a: 'café au lait', b: 'cafe\u0301 au lait' }, PassphraseConflictError],
  ])('refuses %s before deriving anything', async (_name, passphrases, errorClass) => {
    const { derive, calls } = countingDerive();
    await expect(createVaultKeys({ partners: ['a', 'b'], passphrases, derive, kdf: cheapKdf() })).rejects.toBeInstanceOf(errorClass);
    expect(calls()).toBe(0);
  });

  it('refuses weakened KDF parameters', async () => {
    const kdf = { ...cheapKdf(), passes: 1 };
    const creating = createVaultKeys({ partners: ['a'], passphrases: { a: A }, derive: deriveKeyBytes, kdf });
    await expect(creating).rejects.toBeInstanceOf(WeakKdfParamsError);
  });

  it('works end to end at the default cost (64 MiB, 3 passes)', async () => {
    const { header } = await createVaultKeys({ partners: ['a'], passphrases: { a: A }, derive: deriveKeyBytes });
    expect(header.kdf).toMatchObject({ memoryKiB: 65_536, passes: 3, lanes: 1 });
    const session = await unlockWithPassphrase(header, A, deriveKeyBytes);
    expect(session.partner).toBe('a');
  });
});

describe('unlockWithPassphrase', () => {
  it('lets each partner in with their own passphrase, to the same Us key, with one derivation', async () => {
    const { header } = await coupleVault();
    const { derive, calls } = countingDerive();
    const a = await unlockWithPassphrase(header, A, derive);
    const b = await unlockWithPassphrase(header, B, derive);
    expect([a.partner, b.partner]).toEqual(['a', 'b']);
    expect(calls()).toBe(2);
    const shared = await sealJson(a.usKey, 'for both of us', entry);
    expect(await openJson(b.usKey, shared, entry)).toBe('for both of us');
  });

  it("never opens the other partner's private space", async () => {
    const { header } = await coupleVault();
    const a = await unlockWithPassphrase(header, A, deriveKeyBytes);
    const b = await unlockWithPassphrase(header, B, deriveKeyBytes);
    const privateToA = await sealJson(a.privateKey, 'only mine', entry);
    await expect(openJson(b.privateKey, privateToA, entry)).rejects.toBeInstanceOf(UnreadableRecordError);
    await expect(openJson(b.usKey, privateToA, entry)).rejects.toBeInstanceOf(UnreadableRecordError);
    expect(await openJson(a.privateKey, privateToA, entry)).toBe('only mine');
  });

  it('says WrongSecretError for a wrong passphrase and changes nothing', async () => {
    const { header } = await coupleVault();
    const before = JSON.stringify(header);
    await expect(unlockWithPassphrase(header, 'our river walk, every saturday', deriveKeyBytes)).rejects.toBeInstanceOf(WrongSecretError);
    expect(JSON.stringify(header)).toBe(before);
  });

  it('tries only the chosen partner when the lock screen asked who is here', async () => {
    const { header } = await coupleVault();
    await expect(unlockWithPassphrase(header, B, deriveKeyBytes, { partner: 'a' })).rejects.toBeInstanceOf(WrongSecretError);
    expect((await unlockWithPassphrase(header, B, deriveKeyBytes, { partner: 'b' })).partner).toBe('b');
  });

  it('unlocks with the NFC and the NFD spelling alike', async () => {
    const { header } = await soloVault('Ångström café');
    expect((await unlockWithPassphrase(header, 'A\u030Angstro\u0308m cafe\u0301', deriveKeyBytes)).partner).toBe('a');
  });

  it('refuses empty and 1 MB passphrases before deriving', async () => {
    const { header } = await coupleVault();
    const { derive, calls } = countingDerive();
    await expect(unlockWithPassphrase(header, '', derive)).rejects.toEqual(new PassphraseInputError('empty'));
    await expect(unlockWithPassphrase(header, 'x'.repeat(1_000_000), derive)).rejects.toEqual(new PassphraseInputError('too-long'));
    expect(calls()).toBe(0);
  });

  it('refuses a header whose KDF was weakened on disk, before deriving', async () => {
    const { header } = await coupleVault();
    const { derive, calls } = countingDerive();
    const weakened = { ...header, kdf: { ...header.kdf, memoryKiB: 8192 } };
    await expect(unlockWithPassphrase(weakened, A, derive)).rejects.toBeInstanceOf(WeakKdfParamsError);
    expect(calls()).toBe(0);
  });

  it("refuses a slot relabelled as the other partner's, or with its two keys swapped", async () => {
    const { header } = await coupleVault();
    const otherPartner = (slot: KeySlot): KeySlot => ({ ...slot, partner: slot.partner === 'a' ? 'b' : 'a' });
    const relabelled: VaultHeader = { ...header, slots: header.slots.map(otherPartner) };
    await expect(unlockWithPassphrase(relabelled, A, deriveKeyBytes)).rejects.toBeInstanceOf(WrongSecretError);
    const swapped: VaultHeader = {
      ...header,
      slots: header.slots.map((slot) => ({ ...slot, wrappedUs: slot.wrappedPrivate, wrappedPrivate: slot.wrappedUs })),
    };
    await expect(unlockWithPassphrase(swapped, A, deriveKeyBytes)).rejects.toBeInstanceOf(WrongSecretError);
  });
});

describe('unlockWithRecoveryKey', () => {
  it("opens each partner's own keys with their recovery key, typed sloppily", async () => {
    const { header, recoveryKeys } = await coupleVault();
    const a = await unlockWithPassphrase(header, A, deriveKeyBytes);
    const viaRecovery = await unlockWithRecoveryKey(header, recoveryKeys.b!.toLowerCase().replaceAll('-', ' '));
    expect(viaRecovery).toMatchObject({ partner: 'b', unlockedWith: 'recovery' });
    expect(await openJson(viaRecovery.usKey, await sealJson(a.usKey, 'us', entry), entry)).toBe('us');
  });

  it('catches a typo before any cryptography, and says WrongSecretError for another vault’s key', async () => {
    const { header, recoveryKeys } = await coupleVault();
    const typo = (recoveryKeys.a[0] === '0' ? '1' : '0') + recoveryKeys.a.slice(1);
    await expect(unlockWithRecoveryKey(header, typo)).rejects.toEqual(new RecoveryKeyFormatError('checksum'));
    await expect(unlockWithRecoveryKey(header, 'not a key')).rejects.toEqual(new RecoveryKeyFormatError('malformed'));
    const other = await soloVault();
    await expect(unlockWithRecoveryKey(header, other.recoveryKeys.a)).rejects.toBeInstanceOf(WrongSecretError);
  });
});

describe('changePassphrase', () => {
  it('re-wraps one slot only: the old passphrase fails, the new one works, old records still open', async () => {
    const { header, session } = await coupleVault();
    const written = await sealJson(session.usKey, 'written before the change', entry);
    const writtenBytes = [Buffer.from(written.iv).toString('hex'), Buffer.from(written.ct).toString('hex')];

    const changed = await changePassphrase(header, 'a', { kind: 'passphrase', passphrase: A }, 'a brand new sentence', deriveKeyBytes);

    const before = findSlot(header, 'a', 'passphrase')!;
    const after = findSlot(changed, 'a', 'passphrase')!;
    expect(after.slotId).toBe(before.slotId);
    expect(after.wrappedUs).not.toEqual(before.wrappedUs);
    expect(changed.slots.filter((slot) => slot !== after)).toEqual(header.slots.filter((slot) => slot.slotId !== before.slotId));
    expect({ ...changed, slots: [] }).toEqual({ ...header, slots: [] });

    await expect(unlockWithPassphrase(changed, A, deriveKeyBytes)).rejects.toBeInstanceOf(WrongSecretError);
    const reopened = await unlockWithPassphrase(changed, 'a brand new sentence', deriveKeyBytes);
    expect(await openJson(reopened.usKey, written, entry)).toBe('written before the change');
    expect([Buffer.from(written.iv).toString('hex'), Buffer.from(written.ct).toString('hex')]).toEqual(writtenBytes);
    expect((await unlockWithPassphrase(changed, B, deriveKeyBytes)).partner).toBe('b');
  });

  it('accepts the recovery key as proof, as after a forgotten passphrase', async () => {
    const { header, recoveryKeys } = await coupleVault();
    const b = await unlockWithPassphrase(header, B, deriveKeyBytes);
    const mine = await sealJson(b.privateKey, 'my own note', entry);
    const proof = { kind: 'recovery', recoveryKey: recoveryKeys.b! } as const;
    const changed = await changePassphrase(header, 'b', proof, 'remembered now', deriveKeyBytes);
    const reopened = await unlockWithPassphrase(changed, 'remembered now', deriveKeyBytes);
    expect(await openJson(reopened.privateKey, mine, entry)).toBe('my own note');
  });

  it('refuses a wrong proof, a passphrase the other partner uses, and an empty new passphrase', async () => {
    const { header, recoveryKeys } = await coupleVault();
    const asA = (current: PartnerSecret, next: string) => changePassphrase(header, 'a', current, next, deriveKeyBytes);
    await expect(asA({ kind: 'passphrase', passphrase: B }, 'new words')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(asA({ kind: 'recovery', recoveryKey: recoveryKeys.b! }, 'new words')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(asA({ kind: 'passphrase', passphrase: A }, B)).rejects.toBeInstanceOf(PassphraseConflictError);
    await expect(asA({ kind: 'passphrase', passphrase: A }, '')).rejects.toBeInstanceOf(PassphraseInputError);
  });
});

describe('addPartner', () => {
  it('lets the second partner join later, sharing the Us key but with a private key of their own', async () => {
    const alone = await soloVault();
    const header = deepFreeze(alone.header);
    const shared = await sealJson(alone.session.usKey, 'from before you joined', entry);
    const privateToA = await sealJson(alone.session.privateKey, 'still mine', entry);

    const existing = { partner: 'a', secret: { kind: 'passphrase', passphrase: A } } as const;
    const joined = await addPartner(header, { existing, newPassphrase: B, derive: deriveKeyBytes });

    expect(joined.header.slots.slice(0, 2)).toEqual(header.slots);
    const b = await unlockWithPassphrase(joined.header, B, deriveKeyBytes);
    expect(b.partner).toBe('b');
    expect(await openJson(b.usKey, shared, entry)).toBe('from before you joined');
    await expect(openJson(b.privateKey, privateToA, entry)).rejects.toBeInstanceOf(UnreadableRecordError);
    expect((await unlockWithRecoveryKey(joined.header, joined.recoveryKey)).partner).toBe('b');
    expect((await unlockWithPassphrase(joined.header, A, deriveKeyBytes)).partner).toBe('a');
  });

  it("refuses a wrong proof, a second 'b', and the existing partner's passphrase", async () => {
    const alone = await soloVault();
    const proofWith = (passphrase: string) => ({ partner: 'a', secret: { kind: 'passphrase', passphrase } }) as const;
    const add = (header: VaultHeader, proof: string, newPassphrase: string) =>
      addPartner(header, { existing: proofWith(proof), newPassphrase, derive: deriveKeyBytes });
    await expect(add(alone.header, 'guess', B)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(add(alone.header, A, A)).rejects.toBeInstanceOf(PassphraseConflictError);
    const { header } = await add(alone.header, A, B);
    await expect(add(header, A, 'third')).rejects.toBeInstanceOf(KeySlotStateError);
  });
});
