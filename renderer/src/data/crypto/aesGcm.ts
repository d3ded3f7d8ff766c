/**
 * AES-256-GCM through WebCrypto, with a fresh random 96-bit IV for every encryption.
 *
 * Owns: IV generation and the distinction between "authentication failed" (tampered data, wrong key, wrong
 * associated data: answered with `undefined`) and programming errors (thrown as they are).
 * Must not: choose associated data or keys (envelope.ts and keys.ts do), or log anything.
 */
import { asBytes, type Bytes, randomBytes } from './bytes';

/** GCM's recommended IV length: 12 bytes. */
export const GCM_IV_BYTES = 12;
/** The authentication tag WebCrypto appends to each ciphertext (128 bits). */
export const GCM_TAG_BYTES = 16;

/** An IV and the ciphertext with its tag appended, as WebCrypto produces it. */
export interface GcmSealed {
  iv: Bytes;
  ct: Bytes;
}

/** Encrypts `plaintext` under `key` with a fresh random IV, binding `associatedData`. */
export async function gcmEncrypt(key: CryptoKey, plaintext: Uint8Array, associatedData: Uint8Array): Promise<GcmSealed> {
  const iv = randomBytes(GCM_IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: asBytes(associatedData), tagLength: GCM_TAG_BYTES * 8 },
    key,
    asBytes(plaintext),
  );
  return { iv, ct: new Uint8Array(ct) };
}

/**
 * Decrypts and authenticates. Returns `undefined` when the data does not authenticate (WebCrypto's
 * OperationError) or cannot be a GCM output at all (IV not 12 bytes, ciphertext shorter than a tag);
 * any other error (a key without 'decrypt' usage, a non-AES key) is a bug and is thrown.
 */
export async function gcmDecrypt(
  key: CryptoKey,
  iv: Uint8Array,
  ct: Uint8Array,
  associatedData: Uint8Array,
): Promise<Bytes | undefined> {
  if (iv.length !== GCM_IV_BYTES || ct.length < GCM_TAG_BYTES) return undefined;
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: asBytes(iv), additionalData: asBytes(associatedData), tagLength: GCM_TAG_BYTES * 8 },
      key,
      asBytes(ct),
    );
    return new Uint8Array(plaintext);
  } catch (error) {
    if (isOperationError(error)) return undefined;
    throw error;
  }
}

function isOperationError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'OperationError';
}

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key for encrypt and decrypt. */
export async function importAesGcmKey(rawKey: Uint8Array): Promise<CryptoKey> {
  if (rawKey.length !== 32) throw new TypeError('An AES-256 key is 32 bytes.');
  return crypto.subtle.importKey('raw', asBytes(rawKey), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** True when `key` is an AES-GCM key of 256 bits (what the vault's records and slots require). */
export function isAes256GcmKey(key: CryptoKey): boolean {
  const algorithm = key.algorithm as Partial<AesKeyAlgorithm>;
  return algorithm.name === 'AES-GCM' && algorithm.length === 256;
}
