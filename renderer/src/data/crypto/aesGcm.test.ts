import { describe, expect, it } from 'vitest';
import { gcmDecrypt, gcmEncrypt, importAesGcmKey, isAes256GcmKey } from './aesGcm';
import { randomBytes } from './bytes';

const aad = new Uint8Array([1, 2, 3]);

describe('AES-256-GCM', () => {
  it('round-trips and appends a 16-byte tag', async () => {
    const key = await importAesGcmKey(randomBytes(32));
    const sealed = await gcmEncrypt(key, new Uint8Array([9, 8, 7]), aad);
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.ct).toHaveLength(3 + 16);
    expect(await gcmDecrypt(key, sealed.iv, sealed.ct, aad)).toEqual(new Uint8Array([9, 8, 7]));
  });

  it('answers undefined for data that does not authenticate or cannot be GCM output', async () => {
    const key = await importAesGcmKey(randomBytes(32));
    const sealed = await gcmEncrypt(key, new Uint8Array([1]), aad);
    expect(await gcmDecrypt(key, sealed.iv, sealed.ct, new Uint8Array([1, 2]))).toBeUndefined();
    expect(await gcmDecrypt(await importAesGcmKey(randomBytes(32)), sealed.iv, sealed.ct, aad)).toBeUndefined();
    expect(await gcmDecrypt(key, sealed.iv.subarray(0, 11), sealed.ct, aad)).toBeUndefined();
    expect(await gcmDecrypt(key, sealed.iv, sealed.ct.subarray(0, 15), aad)).toBeUndefined();
  });

  it('throws programming errors instead of calling them tampering', async () => {
    const encryptOnly = await crypto.subtle.importKey('raw', randomBytes(32), 'AES-GCM', false, ['encrypt']);
    const sealed = await gcmEncrypt(encryptOnly, new Uint8Array([1]), aad);
    await expect(gcmDecrypt(encryptOnly, sealed.iv, sealed.ct, aad)).rejects.toThrow();
  });

  it('imports 32 bytes as a non-extractable AES-256-GCM key, and nothing else', async () => {
    const key = await importAesGcmKey(randomBytes(32));
    expect(key.extractable).toBe(false);
    expect(isAes256GcmKey(key)).toBe(true);
    await expect(importAesGcmKey(randomBytes(16))).rejects.toThrow(TypeError);
    const aes128 = await crypto.subtle.importKey('raw', randomBytes(16), 'AES-GCM', false, ['encrypt']);
    expect(isAes256GcmKey(aes128)).toBe(false);
  });
});
