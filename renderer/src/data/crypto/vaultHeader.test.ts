import { describe, expect, it } from 'vitest';
import { bytesToBase64, randomBytes } from './bytes';
import { InvalidVaultHeaderError, WeakKdfParamsError } from './errors';
import { newKdfParams } from './kdfParams';
import { type KeySlot, parseVaultHeader, type VaultHeader } from './vaultHeader';

const wrapped = () => ({ iv: bytesToBase64(randomBytes(12)), ct: bytesToBase64(randomBytes(48)) });
const slot = (partner: 'a' | 'b', kind: 'passphrase' | 'recovery'): KeySlot => ({
  slotId: crypto.randomUUID(),
  partner,
  kind,
  wrappedUs: wrapped(),
  wrappedPrivate: wrapped(),
});

function validHeader(): VaultHeader {
  return {
    formatVersion: 1,
    vaultId: crypto.randomUUID(),
    createdAt: 1_767_225_600_000,
    kdf: newKdfParams(),
    slots: [slot('a', 'passphrase'), slot('a', 'recovery'), slot('b', 'passphrase'), slot('b', 'recovery')],
  };
}

describe('parseVaultHeader', () => {
  it('accepts a valid header for two partners, and for one', () => {
    const header = validHeader();
    expect(parseVaultHeader(header)).toEqual(header);
    const alone = { ...header, slots: header.slots.slice(0, 2) };
    expect(parseVaultHeader(alone)).toEqual(alone);
  });

  it('accepts its own JSON, as a backup stores it, and drops unknown properties', () => {
    const header = validHeader();
    expect(parseVaultHeader(JSON.parse(JSON.stringify({ ...header, extra: 'x' })))).toEqual(header);
  });

  it.each<[string, (header: VaultHeader) => unknown]>([
    ['8 MiB of memory', (h) => ({ ...h, kdf: { ...h.kdf, memoryKiB: 8192 } })],
    ['a single pass', (h) => ({ ...h, kdf: { ...h.kdf, passes: 1 } })],
    ['fractional passes', (h) => ({ ...h, kdf: { ...h.kdf, passes: 2.5 } })],
    ['Argon2i', (h) => ({ ...h, kdf: { ...h.kdf, algorithm: 'argon2i' } })],
    ['an 8-byte salt', (h) => ({ ...h, kdf: { ...h.kdf, saltB64: bytesToBase64(randomBytes(8)) } })],
    ['8 GiB of memory', (h) => ({ ...h, kdf: { ...h.kdf, memoryKiB: 8 * 1_048_576 } })],
  ])('refuses weakened or absurd KDF parameters: %s', (_name, weaken) => {
    expect(() => parseVaultHeader(weaken(validHeader()))).toThrow(WeakKdfParamsError);
  });

  it.each<[string, (header: VaultHeader) => unknown]>([
    ['null', () => null],
    ['a string', () => 'header'],
    ['an empty object', () => ({})],
    ['format version 2', (h) => ({ ...h, formatVersion: 2 })],
    ['a vault id that is not a UUID', (h) => ({ ...h, vaultId: 'vault' })],
    ['a creation time as text', (h) => ({ ...h, createdAt: '2026-01-01' })],
    ['no KDF', (h) => ({ ...h, kdf: undefined })],
    ['memory as text', (h) => ({ ...h, kdf: { ...h.kdf, memoryKiB: '65536' } })],
    ['no slots', (h) => ({ ...h, slots: [] })],
    ['only partner b', (h) => ({ ...h, slots: h.slots.slice(2) })],
    ['a partner without a recovery slot', (h) => ({ ...h, slots: h.slots.slice(0, 3) })],
    ['two passphrase slots for a', (h) => ({ ...h, slots: [h.slots[0], { ...h.slots[1]!, kind: 'passphrase' }] })],
    ['a repeated slot id', (h) => ({ ...h, slots: [h.slots[0], { ...h.slots[1]!, slotId: h.slots[0]!.slotId }] })],
    ['a partner c', (h) => ({ ...h, slots: [...h.slots.slice(0, 2), { ...h.slots[2]!, partner: 'c' }, h.slots[3]] })],
    ['an IV of 16 bytes', (h) => ({ ...h, slots: [{ ...h.slots[0]!, wrappedUs: { ...wrapped(), iv: bytesToBase64(randomBytes(16)) } }, h.slots[1]] })],
    ['a wrapped key that is not base64', (h) => ({ ...h, slots: [{ ...h.slots[0]!, wrappedPrivate: { ...wrapped(), ct: '!!' } }, h.slots[1]] })],
    ['binary instead of base64', (h) => ({ ...h, slots: [{ ...h.slots[0]!, wrappedUs: { iv: randomBytes(12), ct: randomBytes(48) } }, h.slots[1]] })],
  ])('refuses a malformed header: %s', (_name, break_) => {
    expect(() => parseVaultHeader(break_(validHeader()))).toThrow(InvalidVaultHeaderError);
  });

  it('names the paths that are wrong and never echoes their values', () => {
    const header = validHeader();
    const secretLooking = bytesToBase64(randomBytes(20));
    try {
      parseVaultHeader({ ...header, vaultId: secretLooking });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidVaultHeaderError);
      expect((error as InvalidVaultHeaderError).issues.join(' ')).toContain('vaultId');
      expect((error as Error).message).not.toContain(secretLooking);
    }
  });
});
