/**
 * The vault header as stored: format version, vault id, creation time, the vault-wide KDF parameters and
 * the key slots (per partner, one opened by the passphrase and one by the recovery key).
 *
 * Binary values (IVs, wrapped keys, the salt) are canonical base64 strings here, unlike record fields: the
 * header is a few hundred bytes, is stored as-is in IndexedDB, goes unchanged into JSON backups, and can
 * be compared and validated as plain data.
 *
 * Owns: the header's schema and its invariants, and the rule that reading a header refuses weakened KDF
 * parameters ({@link WeakKdfParamsError}) before any derivation can run with them.
 * Must not: hold anything that names the couple (names are sealed records), or touch storage.
 */
import { z } from 'zod';
import { base64ToBytes, bytesToBase64, isCanonicalBase64 } from './bytes';
import { InvalidVaultHeaderError } from './errors';
import { assertKdfParamsAcceptable, type KdfParams } from './kdfParams';
import type { PartnerId, SlotKind, WrappedKey } from './keys';

/** The header format this code writes and reads. */
export const VAULT_FORMAT_VERSION = 1;

/** A wrapped key as stored in the header: base64 IV (12 bytes) and ciphertext (32-byte key + 16-byte tag). */
export interface StoredWrappedKey {
  iv: string;
  ct: string;
}

/** One key slot: a partner's Us key and private key, wrapped under one KEK. */
export interface KeySlot {
  slotId: string;
  partner: PartnerId;
  kind: SlotKind;
  wrappedUs: StoredWrappedKey;
  wrappedPrivate: StoredWrappedKey;
}

/** The stored vault header. */
export interface VaultHeader {
  formatVersion: typeof VAULT_FORMAT_VERSION;
  vaultId: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  kdf: KdfParams;
  slots: KeySlot[];
}

const base64Of = (byteLength: number) =>
  z.string().refine((text) => isCanonicalBase64(text) && base64ToBytes(text).length === byteLength, {
    message: `expected canonical base64 of ${byteLength} bytes`,
  });

const wrappedKeySchema = z.object({ iv: base64Of(12), ct: base64Of(48) });

const slotSchema = z.object({
  slotId: z.uuid(),
  partner: z.enum(['a', 'b']),
  kind: z.enum(['passphrase', 'recovery']),
  wrappedUs: wrappedKeySchema,
  wrappedPrivate: wrappedKeySchema,
});

// Loose on purpose: the KDF values are judged by assertKdfParamsAcceptable, so that a weakened header is
// reported as WeakKdfParamsError rather than as a shapeless schema failure.
const kdfShapeSchema = z.object({
  algorithm: z.string(),
  memoryKiB: z.number(),
  passes: z.number(),
  lanes: z.number(),
  saltB64: z.string(),
});

const headerSchema = z
  .object({
    formatVersion: z.literal(VAULT_FORMAT_VERSION),
    vaultId: z.uuid(),
    createdAt: z.number().int().nonnegative(),
    kdf: kdfShapeSchema,
    slots: z.array(slotSchema).min(2).max(4),
  })
  .superRefine((header, context) => {
    for (const problem of slotProblems(header.slots)) context.addIssue({ code: 'custom', path: ['slots'], message: problem });
  });

/**
 * Validates an unknown value as a vault header. Throws {@link InvalidVaultHeaderError} when the shape or the
 * slot invariants are wrong, and {@link WeakKdfParamsError} when the KDF parameters are below the floor, out
 * of range or malformed. Unknown properties are dropped.
 */
export function parseVaultHeader(value: unknown): VaultHeader {
  const result = headerSchema.safeParse(value);
  if (!result.success) {
    throw new InvalidVaultHeaderError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const kdf = result.data.kdf as KdfParams;
  assertKdfParamsAcceptable(kdf);
  return { ...result.data, kdf };
}

/** The slot of `partner` opened by `kind`, if the header has one. */
export function findSlot(header: VaultHeader, partner: PartnerId, kind: SlotKind): KeySlot | undefined {
  return header.slots.find((slot) => slot.partner === partner && slot.kind === kind);
}

/** The partners who have slots, in order ('a' first). */
export function partnersOf(header: VaultHeader): PartnerId[] {
  return (['a', 'b'] as const).filter((partner) => header.slots.some((slot) => slot.partner === partner));
}

/** A wrapped key in its stored (base64) form. */
export function toStoredWrappedKey(wrapped: WrappedKey): StoredWrappedKey {
  return { iv: bytesToBase64(wrapped.iv), ct: bytesToBase64(wrapped.ct) };
}

/** A stored wrapped key as bytes (the header was validated, so the base64 is canonical). */
export function fromStoredWrappedKey(stored: StoredWrappedKey): WrappedKey {
  return { iv: base64ToBytes(stored.iv), ct: base64ToBytes(stored.ct) };
}

/** Every broken slot invariant: unique slot ids, partner 'a' present, one slot of each kind per partner. */
function slotProblems(slots: ReadonlyArray<Pick<KeySlot, 'slotId' | 'partner' | 'kind'>>): string[] {
  const problems: string[] = [];
  if (new Set(slots.map((slot) => slot.slotId)).size !== slots.length) problems.push('slot ids must be unique');
  if (!slots.some((slot) => slot.partner === 'a')) problems.push("partner 'a' must have slots");
  for (const partner of ['a', 'b'] as const) {
    const own = slots.filter((slot) => slot.partner === partner);
    if (own.length === 0) continue;
    const kinds = own.map((slot) => slot.kind).sort();
    if (kinds.join(',') !== 'passphrase,recovery') {
      problems.push(`partner '${partner}' must have exactly one passphrase slot and one recovery slot`);
    }
  }
  return problems;
}
