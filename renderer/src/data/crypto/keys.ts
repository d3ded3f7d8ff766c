/**
 * Data keys and their wrapping under a key-encryption key (KEK).
 *
 * Owns: the 256-bit data keys ("Us" and each partner's private key), importing them as non-extractable
 * CryptoKeys, and wrapping their raw bytes under a KEK with AES-256-GCM. The associated data of a wrap is
 * `['hearth.slot', 'v1', vaultId, slotId, partner, kind, keyName]`, so a wrapped key cannot be moved to
 * another slot, relabelled as the other partner's, or swapped between 'us' and 'private' within a slot.
 *
 * Raw key bytes are transient. They exist only between generating or unwrapping a key and importing or
 * re-wrapping it (creating a vault, changing a passphrase, adding a partner); callers wipe them right after.
 * A session holds only non-extractable CryptoKeys, so no code in the page can read a key back out.
 * Must not: store anything, derive KEKs (argon2.ts and recoveryKey.ts do) or keep bytes after returning.
 */
import { gcmDecrypt, gcmEncrypt, importAesGcmKey } from './aesGcm';
import { encodeAssociatedData } from './associatedData';
import { asBytes, type Bytes, randomBytes, utf8Encode, wipe } from './bytes';
import type { PartnerSlot as PartnerId, Space as KeyName } from '@shared/partners';
import { WrongSecretError } from './errors';

/** Length of every data key and KEK, in bytes. */
export const KEY_BYTES = 32;

/** Which partner a slot belongs to, and which data key a wrap holds. */
export type { PartnerId, KeyName };
/** What opens a slot: the partner's passphrase (through Argon2id) or their recovery key (through HKDF). */
export type SlotKind = 'passphrase' | 'recovery';

/** Everything a wrapped key is bound to. */
export interface SlotBinding {
  vaultId: string;
  slotId: string;
  partner: PartnerId;
  kind: SlotKind;
  keyName: KeyName;
}

/** A wrapped data key: IV and AES-GCM ciphertext of the 32 raw bytes (48 bytes with the tag). */
export interface WrappedKey {
  iv: Uint8Array;
  ct: Uint8Array;
}

/** 32 fresh random bytes for a new data key. The caller wipes them once imported and wrapped. */
export function generateDataKeyBytes(): Bytes {
  return randomBytes(KEY_BYTES);
}

/**
 * Imports 32 raw bytes as a non-extractable AES-256-GCM CryptoKey for encrypt/decrypt. With
 * `{ wipeInput: true }` the input array is zero-filled once the key exists (also when import fails).
 */
export async function importDataKey(bytes: Uint8Array, options: { wipeInput?: boolean } = {}): Promise<CryptoKey> {
  try {
    return await importAesGcmKey(bytes);
  } finally {
    if (options.wipeInput) wipe(bytes);
  }
}

/** The associated data of a wrapped key; exported for tests. */
export function slotAssociatedData(binding: SlotBinding): Bytes {
  const { vaultId, slotId, partner, kind, keyName } = binding;
  return encodeAssociatedData(['hearth.slot', 'v1', vaultId, slotId, partner, kind, keyName]);
}

/** Wraps a data key's raw bytes under `kekBytes`, bound to `binding`. Neither input is kept or wiped. */
export async function wrapKeyBytes(kekBytes: Uint8Array, dataKeyBytes: Uint8Array, binding: SlotBinding): Promise<WrappedKey> {
  if (dataKeyBytes.length !== KEY_BYTES) throw new TypeError('A data key is 32 bytes.');
  const kek = await importAesGcmKey(kekBytes);
  return gcmEncrypt(kek, dataKeyBytes, slotAssociatedData(binding));
}

/**
 * Unwraps a data key's raw bytes. Throws {@link WrongSecretError} when the KEK or the binding is not the one
 * it was wrapped with (or the wrap was altered). The caller imports and wipes the result at once.
 */
export async function unwrapKeyBytes(kekBytes: Uint8Array, wrapped: WrappedKey, binding: SlotBinding): Promise<Bytes> {
  const kek = await importAesGcmKey(kekBytes);
  const raw = await gcmDecrypt(kek, wrapped.iv, wrapped.ct, slotAssociatedData(binding));
  if (raw === undefined) throw new WrongSecretError();
  if (raw.length !== KEY_BYTES) {
    wipe(raw);
    throw new WrongSecretError('The key slot holds something that is not a key.');
  }
  return raw;
}

/** What the backup key is derived for (see docs/backup-format.md); never reused for anything else. */
const BACKUP_KEY_INFO = 'hearth.backup-manifest.v1';

/**
 * Derives, from the Us key's bytes, the non-extractable HMAC-SHA-256 key that signs and checks a backup's
 * manifest. Derived from the Us key because both partners hold it, so either can make a backup the other
 * can restore; HKDF keeps it apart from the Us key's own use (AES-GCM). The input is neither kept nor wiped.
 */
export async function deriveBackupKey(usKeyBytes: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', asBytes(usKeyBytes), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8Encode(BACKUP_KEY_INFO) },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify'],
  );
}

/** What the id key is derived for; a new purpose gets a new label, never a reused one. */
const ID_KEY_INFO = 'hearth.record-ids.v1';

/**
 * Derives, from a partner's private data key bytes, a non-extractable HMAC-SHA-256 key for ids that must be
 * the same on every unlock yet say nothing to someone without the key (a draft's record id per screen).
 * HKDF separates it from the data key, which keeps its one use (AES-GCM). The input is neither kept nor wiped.
 */
export async function deriveIdKey(privateKeyBytes: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', asBytes(privateKeyBytes), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8Encode(ID_KEY_INFO) },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}
