import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './bytes';
import { WeakKdfParamsError } from './errors';
import { assertKdfParamsAcceptable, KDF_DEFAULT_COST, KDF_FLOOR, type KdfParams, kdfSalt, newKdfParams } from './kdfParams';

const salt16 = bytesToBase64(new Uint8Array(16).fill(7));
const valid: KdfParams = { algorithm: 'argon2id', memoryKiB: 65_536, passes: 3, lanes: 1, saltB64: salt16 };

describe('newKdfParams', () => {
  it('defaults to 64 MiB, 3 passes, 1 lane and a fresh 16-byte salt', () => {
    const params = newKdfParams();
    expect(params).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65_536, passes: 3, lanes: 1 });
    expect(kdfSalt(params)).toHaveLength(16);
    expect(newKdfParams().saltB64).not.toBe(params.saltB64);
    expect(KDF_DEFAULT_COST).toEqual({ memoryKiB: 65_536, passes: 3, lanes: 1 });
  });

  it('refuses to make parameters below the floor', () => {
    expect(() => newKdfParams({ memoryKiB: 1024, passes: 3, lanes: 1 })).toThrow(WeakKdfParamsError);
  });
});

describe('assertKdfParamsAcceptable', () => {
  it.each<[string, Partial<KdfParams>]>([
    ['the default', {}],
    ['exactly the floor', { memoryKiB: KDF_FLOOR.memoryKiB, passes: KDF_FLOOR.passes }],
    ['256 MiB, 3 passes, 4 lanes', { memoryKiB: 262_144, passes: 3, lanes: 4 }],
    ['64 MiB, 12 passes', { memoryKiB: 65_536, passes: 12 }],
    ['a 64-byte salt', { saltB64: bytesToBase64(new Uint8Array(64)) }],
  ])('accepts %s', (_name, change) => {
    expect(() => assertKdfParamsAcceptable({ ...valid, ...change })).not.toThrow();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['8 MiB of memory', { memoryKiB: 8192 }, 'memoryKiB'],
    ['one KiB under the floor', { memoryKiB: 19_455 }, 'memoryKiB'],
    ['a single pass', { passes: 1 }, 'passes'],
    ['zero passes', { passes: 0 }, 'passes'],
    ['fractional memory', { memoryKiB: 65_536.5 }, 'memoryKiB'],
    ['memory as a string', { memoryKiB: '65536' }, 'memoryKiB'],
    ['NaN passes', { passes: Number.NaN }, 'passes'],
    ['infinite memory', { memoryKiB: Number.POSITIVE_INFINITY }, 'memoryKiB'],
    ['more than 4 GiB', { memoryKiB: 4 * 1_048_576 + 1 }, 'memoryKiB'],
    ['2 GiB', { memoryKiB: 2 * 1_048_576 }, 'memoryKiB'],
    ['the old 1 GiB ceiling', { memoryKiB: 1_048_576 }, 'memoryKiB'],
    ['just over the 256 MiB ceiling', { memoryKiB: 262_145 }, 'memoryKiB'],
    ['13 passes', { passes: 13 }, 'passes'],
    ['256 MiB and 12 passes: each within, the work not', { memoryKiB: 262_144, passes: 12 }, 'passes'],
    ['zero lanes', { lanes: 0 }, 'lanes'],
    ['five lanes', { lanes: 5 }, 'lanes'],
    ['Argon2i', { algorithm: 'argon2i' }, 'algorithm'],
    ['no algorithm', { algorithm: undefined }, 'algorithm'],
    ['an 8-byte salt', { saltB64: bytesToBase64(new Uint8Array(8)) }, 'saltB64'],
    ['a 15-byte salt', { saltB64: bytesToBase64(new Uint8Array(15)) }, 'saltB64'],
    ['a 65-byte salt', { saltB64: bytesToBase64(new Uint8Array(65)) }, 'saltB64'],
    ['a salt that is not base64', { saltB64: 'not base64 at all!' }, 'saltB64'],
    ['a salt as bytes', { saltB64: new Uint8Array(16) }, 'saltB64'],
  ])('refuses %s', (_name, change, field) => {
    const params = { ...valid, ...change } as unknown as KdfParams;
    expect(() => assertKdfParamsAcceptable(params)).toThrow(WeakKdfParamsError);
    try {
      assertKdfParamsAcceptable(params);
    } catch (error) {
      expect((error as WeakKdfParamsError).field).toBe(field);
    }
  });

  it.each([null, undefined, 'argon2id', 42])('refuses %j as parameters', (value) => {
    expect(() => assertKdfParamsAcceptable(value as unknown as KdfParams)).toThrow(WeakKdfParamsError);
  });
});
