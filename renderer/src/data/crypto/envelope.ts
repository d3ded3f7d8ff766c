/**
 * Sealing one field of one record: JSON → UTF-8 → AES-256-GCM, bound to where the field lives.
 *
 * Owns: the stored shape of a sealed field and the associated data that ties it to its record:
 * `['hearth.field', 'v1', <formatVersion>, <table>, <id>, <field>]`, length-prefixed (associatedData.ts),
 * so a ciphertext moved to another record, field, table or format version no longer opens.
 * Must not: touch storage, keep keys, or guess: anything that fails to authenticate is an
 * {@link UnreadableRecordError}, never a default value.
 *
 * The IV and ciphertext are Uint8Array: IndexedDB stores them natively and compactly. Backups convert them.
 * Note that GCM hides content, not length: a sealed field is 16 bytes (the tag) longer than its JSON.
 */
import { gcmDecrypt, gcmEncrypt, isAes256GcmKey } from './aesGcm';
import { encodeAssociatedData } from './associatedData';
import { isUint8Array, utf8Decode, utf8Encode } from './bytes';
import { UnreadableRecordError } from './errors';

/** Where a sealed field belongs. Every part goes into the associated data. */
export interface RecordBinding {
  table: string;
  id: string;
  field: string;
  /** The record's format version (an integer ≥ 1); bump it when a field's meaning changes. */
  formatVersion: number;
}

/** A sealed field as stored: envelope version, a fresh 12-byte IV and the ciphertext with its 16-byte tag. */
export interface SealedField {
  v: 1;
  iv: Uint8Array;
  ct: Uint8Array;
}

/** The associated data for a binding; exported for tests and for anyone who must reason about it. */
export function recordAssociatedData(binding: RecordBinding): Uint8Array<ArrayBuffer> {
  if (!Number.isSafeInteger(binding.formatVersion) || binding.formatVersion < 1) {
    throw new TypeError('formatVersion must be an integer of at least 1.');
  }
  return encodeAssociatedData(['hearth.field', 'v1', String(binding.formatVersion), binding.table, binding.id, binding.field]);
}

/**
 * Seals a JSON-serialisable value. Values go through `JSON.stringify`, so what comes back from
 * {@link openJson} is what `JSON.parse` makes of it (a Date comes back as a string, `undefined` properties
 * vanish). Throws TypeError for a value with no JSON form (`undefined`, a function, a BigInt) and for a key
 * that is not AES-256-GCM.
 */
export async function sealJson(key: CryptoKey, value: unknown, binding: RecordBinding): Promise<SealedField> {
  if (!isAes256GcmKey(key)) throw new TypeError('sealJson needs an AES-256-GCM key.');
  const json = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError('The value has no JSON form.');
  const { iv, ct } = await gcmEncrypt(key, utf8Encode(json), recordAssociatedData(binding));
  return { v: 1, iv, ct };
}

/**
 * Opens a field sealed by {@link sealJson} for the same binding. Throws {@link UnreadableRecordError} when the
 * stored value is not a sealed field ('malformed') or does not authenticate ('authentication': tampered,
 * moved from another record, or sealed under another key). `T` is not checked: parse the result with the
 * record's schema.
 */
export async function openJson<T>(key: CryptoKey, sealed: SealedField, binding: RecordBinding): Promise<T> {
  const unreadable = (reason: 'malformed' | 'authentication'): UnreadableRecordError =>
    new UnreadableRecordError(reason, binding.table, binding.id, binding.field);
  if (!isSealedField(sealed)) throw unreadable('malformed');
  const plaintext = await gcmDecrypt(key, sealed.iv, sealed.ct, recordAssociatedData(binding));
  if (plaintext === undefined) throw unreadable('authentication');
  try {
    return JSON.parse(utf8Decode(plaintext)) as T;
  } catch {
    // Authenticated but not JSON: only a bug in whoever sealed it could do this.
    throw unreadable('malformed');
  } finally {
    plaintext.fill(0);
  }
}

/** True when the value has the stored shape of a {@link SealedField} (version 1). */
export function isSealedField(value: unknown): value is SealedField {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof SealedField, unknown>>;
  return candidate.v === 1 && isUint8Array(candidate.iv) && isUint8Array(candidate.ct);
}
