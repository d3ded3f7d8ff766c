import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, recoveryKeyToKek } from './recoveryKey';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){13}$/;
const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const compact = (text: string): string => text.replaceAll('-', '');

describe('formatRecoveryKey', () => {
  it('prints 14 groups of 4 Crockford base32 characters', () => {
    const { bytes, text } = generateRecoveryKey();
    expect(bytes).toHaveLength(32);
    expect(text).toMatch(SHAPE);
    expect(formatRecoveryKey(bytes)).toBe(text);
  });

  it('prints all-zero bytes as zeros with a zero checksum (the checksum is linear)', () => {
    expect(formatRecoveryKey(new Uint8Array(32))).toBe(Array(14).fill('0000').join('-'));
  });

  it('refuses anything but 32 bytes', () => {
    expect(() => formatRecoveryKey(new Uint8Array(31))).toThrow(TypeError);
  });
});

describe('parseRecoveryKey', () => {
  it('reads back any printed key', () => {
    fc.assert(
      fc.property(key32, (bytes) => {
        const text = formatRecoveryKey(bytes);
        expect(text).toMatch(SHAPE);
        expect(parseRecoveryKey(text)).toEqual({ ok: true, bytes: new Uint8Array(bytes) });
      }),
    );
  });

  it('forgives case, spaces, missing or typographic dashes, O for 0 and I or L for 1', () => {
    fc.assert(
      fc.property(key32, (bytes) => {
        const text = formatRecoveryKey(bytes);
        const sloppy = text.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('-', ' \u2013 ');
        expect(parseRecoveryKey(sloppy)).toEqual({ ok: true, bytes: new Uint8Array(bytes) });
        expect(parseRecoveryKey(compact(text).replaceAll('1', 'I'))).toEqual({ ok: true, bytes: new Uint8Array(bytes) });
      }),
      { numRuns: 50 },
    );
  });

  it('catches any single substituted character, anywhere, as a checksum failure', () => {
    fc.assert(
      fc.property(key32, fc.nat(55), fc.integer({ min: 1, max: 31 }), (bytes, position, shift) => {
        const chars = [...compact(formatRecoveryKey(bytes))];
        chars[position] = ALPHABET[(ALPHABET.indexOf(chars[position]!) + shift) % 32]!;
        expect(parseRecoveryKey(chars.join(''))).toEqual({ ok: false, reason: 'checksum' });
      }),
      { numRuns: 1000 },
    );
  });

  it('catches every one of the 56 × 31 substitutions of one key', () => {
    const chars = [...compact(generateRecoveryKey().text)];
    let caught = 0;
    chars.forEach((original, position) => {
      for (const replacement of ALPHABET) {
        if (replacement === original) continue;
        const typo = [...chars];
        typo[position] = replacement;
        if (parseRecoveryKey(typo.join('')).ok === false) caught++;
      }
    });
    expect(caught).toBe(56 * 31);
  });

  it('catches two swapped neighbours among the 52 key characters', () => {
    fc.assert(
      fc.property(key32, fc.nat(50), (bytes, position) => {
        const chars = [...compact(formatRecoveryKey(bytes))];
        fc.pre(chars[position] !== chars[position + 1]);
        [chars[position], chars[position + 1]] = [chars[position + 1]!, chars[position]!];
        expect(parseRecoveryKey(chars.join(''))).toEqual({ ok: false, reason: 'checksum' });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['empty', ''],
    ['one character short', compact(formatRecoveryKey(new Uint8Array(32))).slice(1)],
    ['one character long', compact(formatRecoveryKey(new Uint8Array(32))) + '0'],
    ['a U (not in Crockford base32)', 'U' + compact(formatRecoveryKey(new Uint8Array(32))).slice(1)],
    ['a symbol', '*' + compact(formatRecoveryKey(new Uint8Array(32))).slice(1)],
    ['a huge paste', '0'.repeat(1_000_000)],
  ])('calls %s malformed', (_name, text) => {
    expect(parseRecoveryKey(text)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('calls non-zero padding bits malformed even when the checksum is right', () => {
    const data = Array<number>(52).fill(0);
    data[51] = 1; // only a padding bit of the last symbol set: no printed key looks like this
    const text = [...data, ...documentedChecksum(data)].map((symbol) => ALPHABET[symbol]).join('');
    expect(parseRecoveryKey(text)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('computes the checksum the module header documents', () => {
    fc.assert(
      fc.property(key32, (bytes) => {
        const symbols = [...compact(formatRecoveryKey(bytes))].map((char) => ALPHABET.indexOf(char));
        expect(symbols.slice(52)).toEqual(documentedChecksum(symbols.slice(0, 52)));
      }),
      { numRuns: 50 },
    );
  });
});

/**
 * The checksum as the module header documents it, written out again without log tables: symbol j (1..4) is
 * the XOR over i of dᵢ·α^(j·(i+1)) in GF(32), α a root of x⁵+x²+1, multiplying by shift-and-reduce.
 */
function documentedChecksum(data: readonly number[]): number[] {
  const timesAlpha = (value: number): number => (value & 16 ? ((value << 1) ^ 0b100101) & 31 : value << 1);
  const alphaTo = (n: number): number => Array.from({ length: n % 31 }).reduce<number>((value) => timesAlpha(value), 1);
  const multiply = (a: number, b: number): number => {
    let product = 0;
    let shifted = a;
    for (let bit = 0; bit < 5; bit++, shifted = timesAlpha(shifted)) if (b & (1 << bit)) product ^= shifted;
    return product;
  };
  return [1, 2, 3, 4].map((j) => data.reduce((sum, symbol, i) => sum ^ multiply(symbol, alphaTo(j * (i + 1))), 0));
}

describe('recoveryKeyToKek', () => {
  it('is HKDF-SHA-256 (RFC 5869) with the vault salt and a fixed info string, recomputed here from HMAC', async () => {
    const bytes = new Uint8Array(32).fill(5);
    const salt = new Uint8Array(16).fill(6);
    const hmac = async (key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>) => {
      const hmacKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      return new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, data));
    };
    const prk = await hmac(salt, bytes); // extract
    const okm = await hmac(prk, new Uint8Array([...new TextEncoder().encode('hearth/recovery-key-kek/v1'), 1])); // expand, one block
    expect(await recoveryKeyToKek(bytes, salt)).toEqual(okm);
  });

  it('depends on the salt, so the same key means something else in another vault', async () => {
    const bytes = new Uint8Array(32).fill(5);
    const one = await recoveryKeyToKek(bytes, new Uint8Array(16).fill(1));
    const two = await recoveryKeyToKek(bytes, new Uint8Array(16).fill(2));
    expect(one).toHaveLength(32);
    expect(one).not.toEqual(two);
  });

  it('refuses anything but 32 bytes', async () => {
    await expect(recoveryKeyToKek(new Uint8Array(16), new Uint8Array(16))).rejects.toThrow(TypeError);
  });
});
