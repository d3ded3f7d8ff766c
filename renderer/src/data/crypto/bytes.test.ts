import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asBytes, base64ToBytes, bytesToBase64, isCanonicalBase64, isUint8Array, isWellFormedUnicode, randomBytes, utf8Decode, wipe } from './bytes';

describe('base64', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it.each([
    ['AAE=', true],
    ['', true],
    ['AAF=', false], // non-zero padding bits: a second spelling of AAE=
    ['AAE', false], // unpadded
    ['AA E=', false],
    ['AA-_', false], // URL alphabet
    ['AAE=\n', false],
    ['====', false],
  ])('isCanonicalBase64(%j) is %s', (text, expected) => {
    expect(isCanonicalBase64(text)).toBe(expected);
  });

  it('refuses to decode non-canonical base64', () => {
    expect(() => base64ToBytes('AAF=')).toThrow(TypeError);
  });
});

describe('byte helpers', () => {
  it('gives fresh random bytes of the asked length, beyond one getRandomValues call', () => {
    expect(randomBytes(70_000)).toHaveLength(70_000);
    expect(randomBytes(16)).not.toEqual(randomBytes(16));
  });

  it('wipes every array it is given', () => {
    const a = new Uint8Array([1, 2]);
    const b = new Uint8Array([3]);
    wipe(a, undefined, b);
    expect([...a, ...b]).toEqual([0, 0, 0]);
  });

  it('passes plain views through and copies shared ones', () => {
    const plain = new Uint8Array(4);
    expect(asBytes(plain)).toBe(plain);
    const shared = new Uint8Array(new SharedArrayBuffer(4));
    shared[0] = 7;
    const copy = asBytes(shared);
    expect(copy).not.toBe(shared);
    expect(copy[0]).toBe(7);
  });

  it('knows a Uint8Array, including a Node Buffer, and nothing else', () => {
    expect(isUint8Array(new Uint8Array(1))).toBe(true);
    expect(isUint8Array(Buffer.from('x'))).toBe(true);
    expect(isUint8Array(new Uint16Array(1))).toBe(false);
    expect(isUint8Array([1, 2])).toBe(false);
  });

  it('finds lone surrogates and refuses invalid UTF-8', () => {
    expect(isWellFormedUnicode('🙂 ok')).toBe(true);
    expect(isWellFormedUnicode('a\uD800b')).toBe(false);
    expect(isWellFormedUnicode('\uDC00')).toBe(false);
    expect(() => utf8Decode(new Uint8Array([0xff]))).toThrow(TypeError);
  });
});

describe('the canonical base64 check', () => {
  it('agrees with decoding and encoding again, for any last character', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat({ max: 63 }), (bytes, swap) => {
        const text = bytesToBase64(bytes);
        const at = text.replace(/=+$/, '').length - 1;
        const changed = text.slice(0, at) + alphabet[swap] + text.slice(at + 1);
        expect(isCanonicalBase64(changed)).toBe(bytesToBase64(Uint8Array.from(atob(changed), (c) => c.charCodeAt(0))) === changed);
      }),
      { numRuns: 2_000 },
    );
  });
});
