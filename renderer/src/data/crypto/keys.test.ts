import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import { openJson, sealJson } from './envelope';
import { WrongSecretError } from './errors';
import { generateDataKeyBytes, importDataKey, type SlotBinding, unwrapKeyBytes, wrapKeyBytes } from './keys';

const binding: SlotBinding = { vaultId: 'vault-1', slotId: 'slot-1', partner: 'a', kind: 'passphrase', keyName: 'us' };
const record = { table: 't', id: '1', field: 'f', formatVersion: 1 };

describe('data keys', () => {
  it('are 32 fresh random bytes', () => {
    const key = generateDataKeyBytes();
    expect(key).toHaveLength(32);
    expect(key).not.toEqual(generateDataKeyBytes());
  });

  it('import as non-extractable AES-256-GCM keys that encrypt and decrypt', async () => {
    const key = await importDataKey(generateDataKeyBytes());
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    expect(await openJson(key, await sealJson(key, 'hello', record), record)).toBe('hello');
  });

  it('wipe their input only when asked to', async () => {
    const kept = generateDataKeyBytes();
    await importDataKey(kept);
    expect(kept.some((byte) => byte !== 0)).toBe(true);
    const wiped = generateDataKeyBytes();
    await importDataKey(wiped, { wipeInput: true });
    expect(wiped.every((byte) => byte === 0)).toBe(true);
  });

  it('wipe their input even when the import fails', async () => {
    const tooShort = randomBytes(16);
    await expect(importDataKey(tooShort, { wipeInput: true })).rejects.toThrow(TypeError);
    expect(tooShort.every((byte) => byte === 0)).toBe(true);
  });
});

describe('wrapKeyBytes / unwrapKeyBytes', () => {
  it('round-trip the raw bytes under the same KEK and binding', async () => {
    const kek = randomBytes(32);
    const dataKey = generateDataKeyBytes();
    const wrapped = await wrapKeyBytes(kek, dataKey, binding);
    expect(wrapped.iv).toHaveLength(12);
    expect(wrapped.ct).toHaveLength(48);
    expect(await unwrapKeyBytes(kek, wrapped, binding)).toEqual(dataKey);
  });

  it('say WrongSecretError for another KEK', async () => {
    const wrapped = await wrapKeyBytes(randomBytes(32), generateDataKeyBytes(), binding);
    await expect(unwrapKeyBytes(randomBytes(32), wrapped, binding)).rejects.toBeInstanceOf(WrongSecretError);
  });

  it.each<[string, Partial<SlotBinding>]>([
    ['another vault', { vaultId: 'vault-2' }],
    ['another slot', { slotId: 'slot-2' }],
    ['the other partner', { partner: 'b' }],
    ['the recovery slot', { kind: 'recovery' }],
    ['the private key', { keyName: 'private' }],
  ])('say WrongSecretError when the wrap is presented as %s', async (_name, change) => {
    const kek = randomBytes(32);
    const wrapped = await wrapKeyBytes(kek, generateDataKeyBytes(), binding);
    await expect(unwrapKeyBytes(kek, wrapped, { ...binding, ...change })).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('say WrongSecretError for an altered wrap', async () => {
    const kek = randomBytes(32);
    const wrapped = await wrapKeyBytes(kek, generateDataKeyBytes(), binding);
    const ct = new Uint8Array(wrapped.ct);
    ct[0]! ^= 0x80;
    await expect(unwrapKeyBytes(kek, { iv: wrapped.iv, ct }, binding)).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('refuse to wrap something that is not a 32-byte key', async () => {
    await expect(wrapKeyBytes(randomBytes(32), randomBytes(16), binding)).rejects.toThrow(TypeError);
  });
});
