import { argon2id } from 'hash-wasm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { argon2idBytes, deriveKeyBytes } from './argon2';
import { bytesToBase64, utf8Encode } from './bytes';
import { PassphraseInputError, WeakKdfParamsError } from './errors';
import type { KdfParams } from './kdfParams';

// The real hash-wasm, watched, so tests can prove when Argon2id never ran.
vi.mock('hash-wasm', async (importOriginal) => {
  const original = await importOriginal<typeof import('hash-wasm')>();
  return { ...original, argon2id: vi.fn(original.argon2id) };
});

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const SALT_0_TO_15 = bytesToBase64(Uint8Array.from({ length: 16 }, (_, i) => i));
const floor = (saltB64 = SALT_0_TO_15): KdfParams => ({ algorithm: 'argon2id', memoryKiB: 19_456, passes: 2, lanes: 1, saltB64 });

beforeEach(() => {
  vi.mocked(argon2id).mockClear();
});

describe('argon2idBytes against the reference implementation', () => {
  // Known answers from phc-winner-argon2's src/test.c (Argon2id, version 0x13, 32-byte tag), the reference
  // implementation: they hold hash-wasm and our mapping of memory, passes and lanes to its options to the
  // standard. RFC 9106's own vector cannot be used: it needs associated data, which hash-wasm does not take.
  it.each([
    { m: 65_536, t: 2, p: 1, password: 'password', salt: 'somesalt', tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7' },
    { m: 256, t: 2, p: 1, password: 'password', salt: 'somesalt', tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe' },
    { m: 256, t: 2, p: 2, password: 'password', salt: 'somesalt', tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037' },
    { m: 65_536, t: 1, p: 1, password: 'password', salt: 'somesalt', tag: 'f6a5adc1ba723dddef9b5ac1d464e180fcd9dffc9d1cbf76cca2fed795d9ca98' },
    { m: 65_536, t: 2, p: 1, password: 'differentpassword', salt: 'somesalt', tag: '0b84d652cf6b0c4beaef0dfe278ba6a80df6696281d7e0d2891b817d8c458fde' },
    { m: 65_536, t: 2, p: 1, password: 'password', salt: 'diffsalt', tag: 'bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c' },
  ])('m=$m t=$t p=$p $password/$salt', async ({ m, t, p, password, salt, tag }) => {
    const out = await argon2idBytes(ascii(password), ascii(salt), { memoryKiB: m, passes: t, lanes: p });
    expect(hex(out)).toBe(tag);
  });
});

describe('deriveKeyBytes', () => {
  // Computed once with hash-wasm and confirmed with @noble/hashes 1.8's argon2id, an independent pure
  // TypeScript implementation, for our own shapes: a 16-byte salt, NFC UTF-8 passwords, floor and default cost.
  it('matches an independently computed answer at the floor', async () => {
    const key = await deriveKeyBytes('correct horse battery staple', floor());
    expect(hex(key)).toBe('818259b6310026a8e0dbac5d2e6927abcfdb07b32258fac4f61b18b80f929085');
  });

  it('hashes the NFC form, so the decomposed spelling gives the same key', async () => {
    const composed = await deriveKeyBytes('café', floor());
    const decomposed = await deriveKeyBytes('cafe\u0301', floor());
    expect(hex(composed)).toBe('8b71d55708d018875daccfd05f113bdac25d2b1cc0675851b1ac10cfa651623e');
    expect(hex(decomposed)).toBe(hex(composed));
  });

  it('matches an independently computed answer at the default cost (64 MiB, 3 passes)', async () => {
    const params: KdfParams = { ...floor(), memoryKiB: 65_536, passes: 3 };
    const started = performance.now();
    const key = await deriveKeyBytes('A\u030Angstro\u0308m', params);
    const elapsed = performance.now() - started;
    expect(hex(key)).toBe('6c0ec1569038e193a2fbd704bb69b500d8a2aad48bab9813843e8a20b4409386');
    console.info(`Argon2id 64 MiB / 3 passes / 1 lane took ${elapsed.toFixed(0)} ms in this Node process`);
  });

  it('gives a different key for another salt, another cost, or another passphrase', async () => {
    const base = hex(await deriveKeyBytes('same words', floor()));
    const otherSalt = bytesToBase64(new Uint8Array(16).fill(9));
    const variants = await Promise.all([
      deriveKeyBytes('same words', floor(otherSalt)),
      deriveKeyBytes('same words', { ...floor(), passes: 3 }),
      deriveKeyBytes('same words', { ...floor(), memoryKiB: 19_457 }),
      deriveKeyBytes('same words', { ...floor(), lanes: 2 }),
      deriveKeyBytes('same Words', floor()),
    ]);
    const all = [base, ...variants.map(hex)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('returns 32 bytes in a buffer of their own, safe to transfer and wipe', async () => {
    const key = await deriveKeyBytes('words', floor());
    expect(key).toHaveLength(32);
    expect(key.buffer.byteLength).toBe(32);
  });

  it.each<[string, string, string]>([
    ['empty', '', 'empty'],
    ['1 MB', 'x'.repeat(1_000_000), 'too-long'],
    ['broken UTF-16', 'ab\uDC00', 'malformed'],
  ])('refuses a %s passphrase without running Argon2id', async (_name, passphrase, reason) => {
    await expect(deriveKeyBytes(passphrase, floor())).rejects.toEqual(new PassphraseInputError(reason as 'empty'));
    expect(argon2id).not.toHaveBeenCalled();
  });

  it('refuses weakened parameters without running Argon2id', async () => {
    await expect(deriveKeyBytes('words', { ...floor(), memoryKiB: 8192 })).rejects.toBeInstanceOf(WeakKdfParamsError);
    await expect(deriveKeyBytes('words', { ...floor(), passes: 1 })).rejects.toBeInstanceOf(WeakKdfParamsError);
    await expect(deriveKeyBytes('words', floor(bytesToBase64(ascii('somesalt'))))).rejects.toBeInstanceOf(WeakKdfParamsError);
    expect(argon2id).not.toHaveBeenCalled();
  });

  it('hands hash-wasm the passphrase as bytes and wipes them afterwards', async () => {
    await deriveKeyBytes('wipe me', floor());
    const password = vi.mocked(argon2id).mock.calls[0]![0].password as Uint8Array;
    expect(password).toHaveLength(utf8Encode('wipe me').length);
    expect([...password].every((byte) => byte === 0)).toBe(true);
  });
});
