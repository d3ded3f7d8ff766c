import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAesGcmKey } from './aesGcm';
import { randomBytes } from './bytes';
import { openJson, type RecordBinding, recordAssociatedData, type SealedField, sealJson } from './envelope';
import { UnreadableRecordError } from './errors';

const binding: RecordBinding = { table: 'entries', id: '0d9c5a52-5d0e-4b8e-9c1c-1f2a3b4c5d6e', field: 'text', formatVersion: 1 };
const newKey = (): Promise<CryptoKey> => importAesGcmKey(randomBytes(32));
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

async function expectUnreadable(promise: Promise<unknown>, reason: 'malformed' | 'authentication'): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(UnreadableRecordError);
  await expect(promise).rejects.toMatchObject({ reason });
}

describe('sealJson / openJson', () => {
  it.each<[string, unknown]>([
    ['emoji', '🔥❤️‍🔥 👩🏽‍❤️‍👨🏻 thank you'],
    ['right-to-left text', 'תודה על הערב · شكراً لك'],
    ['control characters and NUL', 'a\u0000b\u0007c\r\n\t'],
    ['a lone surrogate (JSON escapes it)', 'broken \uD83D paste'],
    ['20,000 characters', 'ab🙂'.repeat(5_000)],
    ['a nested record', { mood: 4, tags: ['walk', 'río'], note: null, nested: { deep: [true, 1.5, -3] } }],
    ['an empty string', ''],
    ['zero', 0],
    ['null', null],
  ])('round-trips %s', async (_name, value) => {
    const key = await newKey();
    const sealed = await sealJson(key, value, binding);
    expect(await openJson(key, sealed, binding)).toEqual(value);
  });

  it('round-trips any JSON value and any Unicode string', async () => {
    const key = await newKey();
    const values = fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 300 }));
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        const opened = await openJson(key, await sealJson(key, value, binding), binding);
        expect(opened).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('stores a version, a 12-byte IV and binary ciphertext, fresh each time', async () => {
    const key = await newKey();
    const first = await sealJson(key, 'same words', binding);
    const second = await sealJson(key, 'same words', binding);
    expect(first.v).toBe(1);
    expect(first.iv).toBeInstanceOf(Uint8Array);
    expect(first.iv).toHaveLength(12);
    expect(first.ct).toHaveLength(JSON.stringify('same words').length + 16);
    expect(hex(first.iv)).not.toBe(hex(second.iv));
    expect(hex(first.ct)).not.toBe(hex(second.ct));
  });

  it('refuses values with no JSON form and keys that are not AES-256-GCM', async () => {
    const key = await newKey();
    await expect(sealJson(key, undefined, binding)).rejects.toThrow(TypeError);
    await expect(sealJson(key, () => 1, binding)).rejects.toThrow(TypeError);
    await expect(sealJson(key, 1n, binding)).rejects.toThrow(TypeError);
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    await expect(sealJson(hmac, 'x', binding)).rejects.toThrow(TypeError);
  });
});

describe('tampering, swapping and wrong keys', () => {
  it('makes any single flipped bit in the IV or ciphertext unreadable', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, { text: 'we watched the rain' }, binding);
    const totalBits = (sealed.iv.length + sealed.ct.length) * 8;
    await fc.assert(
      fc.asyncProperty(fc.nat(totalBits - 1), async (bit) => {
        const iv = new Uint8Array(sealed.iv);
        const ct = new Uint8Array(sealed.ct);
        const byte = Math.floor(bit / 8);
        const target = byte < iv.length ? iv : ct;
        const index = byte < iv.length ? byte : byte - iv.length;
        target[index]! ^= 1 << bit % 8;
        await expectUnreadable(openJson(key, { v: 1, iv, ct }, binding), 'authentication');
      }),
      { numRuns: 300 },
    );
  });

  it('makes both records unreadable when their ciphertexts are swapped', async () => {
    const key = await newKey();
    const first = { ...binding, id: 'id-1' };
    const second = { ...binding, id: 'id-2' };
    const sealedFirst = await sealJson(key, 'first', first);
    const sealedSecond = await sealJson(key, 'second', second);
    await expectUnreadable(openJson(key, sealedSecond, first), 'authentication');
    await expectUnreadable(openJson(key, sealedFirst, second), 'authentication');
  });

  it.each<[string, Partial<RecordBinding>]>([
    ['another table', { table: 'checkins' }],
    ['another id', { id: 'another' }],
    ['another field', { field: 'title' }],
    ['another format version', { formatVersion: 2 }],
  ])('does not open under %s', async (_name, change) => {
    const key = await newKey();
    const sealed = await sealJson(key, 'x', binding);
    await expectUnreadable(openJson(key, sealed, { ...binding, ...change }), 'authentication');
  });

  it('does not let a delimiter in one part stand in for a boundary', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, 'x', { table: 'a|b', id: 'c', field: 'f', formatVersion: 1 });
    await expectUnreadable(openJson(key, sealed, { table: 'a', id: 'b|c', field: 'f', formatVersion: 1 }), 'authentication');
    expect(hex(recordAssociatedData({ table: 'a|b', id: 'c', field: 'f', formatVersion: 1 }))).not.toBe(
      hex(recordAssociatedData({ table: 'a', id: 'b|c', field: 'f', formatVersion: 1 })),
    );
  });

  it('does not open under another key, and names the record it could not read', async () => {
    const sealed = await sealJson(await newKey(), 'x', binding);
    const failure = openJson(await newKey(), sealed, binding);
    await expectUnreadable(failure, 'authentication');
    await expect(failure).rejects.toMatchObject({ table: 'entries', id: binding.id, field: 'text' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'ciphertext'],
    ['version 2', { v: 2, iv: new Uint8Array(12), ct: new Uint8Array(32) }],
    ['base64 instead of bytes', { v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' }],
    ['a short IV', { v: 1, iv: new Uint8Array(8), ct: new Uint8Array(32) }],
  ])('calls %s malformed or unreadable, never a value', async (_name, stored) => {
    const failure = openJson(await newKey(), stored as SealedField, binding);
    await expect(failure).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('refuses bindings that cannot be encoded unambiguously', () => {
    expect(() => recordAssociatedData({ ...binding, formatVersion: 0 })).toThrow(TypeError);
    expect(() => recordAssociatedData({ ...binding, formatVersion: 1.5 })).toThrow(TypeError);
    expect(() => recordAssociatedData({ ...binding, id: '\uD800' })).toThrow(TypeError);
  });
});
