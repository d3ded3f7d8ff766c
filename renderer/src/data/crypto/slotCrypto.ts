/**
 * The steps key-slot operations are made of: turn a secret into a KEK, seal a pair of raw data keys into a
 * slot, open a slot back into raw keys, and import raw keys into a session.
 *
 * Owns: the lifetime of raw key bytes inside those steps. Every function either hands raw bytes to its
 * caller (who wipes them, see keySlots.ts) or wipes what it made itself, also when it throws.
 * Must not: decide which slots exist or change a header (keySlots.ts does), or touch storage.
 */
import type { DeriveKeyBytes } from './argon2';
import { type Bytes, wipe } from './bytes';
import { PassphraseConflictError, RecoveryKeyFormatError, WrongSecretError } from './errors';
import { kdfSalt, type KdfParams } from './kdfParams';
import { deriveBackupKey, deriveIdKey, importDataKey, type KeyName, type PartnerId, type SlotKind, unwrapKeyBytes, wrapKeyBytes } from './keys';
import { generateRecoveryKey, parseRecoveryKey, recoveryKeyToKek } from './recoveryKey';
import { fromStoredWrappedKey, type KeySlot, toStoredWrappedKey, type VaultHeader } from './vaultHeader';

/** The secret a partner proves themselves with: their passphrase or their recovery key, as typed. */
export type PartnerSecret = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: string };

/** A partner's two data keys as raw bytes. Transient: wipe with {@link wipeRawKeys} as soon as possible. */
export interface RawKeyPair {
  us: Bytes;
  private: Bytes;
}

/** An unlocked partner: the Us key and their own private key, both non-extractable. */
export interface UnlockedSession {
  partner: PartnerId;
  /** Which kind of slot opened; after 'recovery' the screens go straight to choosing a new passphrase. */
  unlockedWith: SlotKind;
  usKey: CryptoKey;
  privateKey: CryptoKey;
  /** HMAC key derived from the private key, for ids that stay the same across unlocks (drafts'). */
  idKey: CryptoKey;
  /** HMAC key derived from the Us key, for signing and checking backups' manifests. */
  backupKey: CryptoKey;
}

/** Zero-fills both keys of a pair. */
export function wipeRawKeys(keys: RawKeyPair | undefined): void {
  if (keys) wipe(keys.us, keys.private);
}

/**
 * The KEK a secret stands for in this vault: Argon2id through `derive` for a passphrase, HKDF for a recovery
 * key (throwing {@link RecoveryKeyFormatError} for a malformed one or a typo). The caller wipes it.
 */
export async function kekForSecret(header: VaultHeader, secret: PartnerSecret, derive: DeriveKeyBytes): Promise<Uint8Array> {
  switch (secret.kind) {
    case 'passphrase':
      return derive(secret.passphrase, header.kdf);
    case 'recovery': {
      const parsed = parseRecoveryKey(secret.recoveryKey);
      if (!parsed.ok) throw new RecoveryKeyFormatError(parsed.reason);
      try {
        return await recoveryKeyToKek(parsed.bytes, kdfSalt(header.kdf));
      } finally {
        wipe(parsed.bytes);
      }
    }
  }
}

/** Wraps both raw keys under `kek` as the slot described. Wipes nothing: the keys usually go into more slots. */
export async function sealSlot(
  kek: Uint8Array,
  vaultId: string,
  slot: Pick<KeySlot, 'slotId' | 'partner' | 'kind'>,
  keys: RawKeyPair,
): Promise<KeySlot> {
  const binding = (keyName: KeyName) => ({ vaultId, ...slot, keyName });
  const wrappedUs = await wrapKeyBytes(kek, keys.us, binding('us'));
  const wrappedPrivate = await wrapKeyBytes(kek, keys.private, binding('private'));
  return { ...slot, wrappedUs: toStoredWrappedKey(wrappedUs), wrappedPrivate: toStoredWrappedKey(wrappedPrivate) };
}

/** One raw key out of a slot; throws {@link WrongSecretError} when `kek` does not open it. */
export function openSlotKey(kek: Uint8Array, vaultId: string, slot: KeySlot, keyName: KeyName): Promise<Bytes> {
  const wrapped = keyName === 'us' ? slot.wrappedUs : slot.wrappedPrivate;
  const binding = { vaultId, slotId: slot.slotId, partner: slot.partner, kind: slot.kind, keyName };
  return unwrapKeyBytes(kek, fromStoredWrappedKey(wrapped), binding);
}

/** Both raw keys out of a slot; throws {@link WrongSecretError} when `kek` does not open it. */
export async function openSlot(kek: Uint8Array, vaultId: string, slot: KeySlot): Promise<RawKeyPair> {
  const us = await openSlotKey(kek, vaultId, slot, 'us');
  try {
    return { us, private: await openSlotKey(kek, vaultId, slot, 'private') };
  } catch (error) {
    wipe(us);
    throw error;
  }
}

/** Imports both keys as non-extractable CryptoKeys and wipes the raw bytes. */
export async function toSession(partner: PartnerId, unlockedWith: SlotKind, keys: RawKeyPair): Promise<UnlockedSession> {
  try {
    const usKey = await importDataKey(keys.us);
    const idKey = await deriveIdKey(keys.private);
    const backupKey = await deriveBackupKey(keys.us);
    const privateKey = await importDataKey(keys.private);
    return { partner, unlockedWith, usKey, privateKey, idKey, backupKey };
  } finally {
    wipeRawKeys(keys);
  }
}

/**
 * Throws {@link PassphraseConflictError} when `kek` (derived from a partner's new passphrase) also opens
 * another partner's passphrase slot, i.e. the two would share a passphrase and unlock would be ambiguous.
 */
export async function assertKekIsOwn(header: VaultHeader, kek: Uint8Array, partner: PartnerId): Promise<void> {
  for (const slot of header.slots) {
    if (slot.partner === partner || slot.kind !== 'passphrase') continue;
    const opened = await openSlotKey(kek, header.vaultId, slot, 'us').catch((error: unknown) => {
      if (error instanceof WrongSecretError) return undefined;
      throw error;
    });
    if (opened) {
      wipe(opened);
      throw new PassphraseConflictError();
    }
  }
}

/** What a partner's pair of slots needs. */
export interface PartnerSlotsInput {
  vaultId: string;
  kdf: KdfParams;
  partner: PartnerId;
  passphrase: string;
  derive: DeriveKeyBytes;
  /** When given, the passphrase must not open another partner's passphrase slot in this header. */
  existingHeader?: VaultHeader;
}

/**
 * A partner's passphrase slot and recovery slot (new slot ids) holding `keys`, and the new recovery key's
 * text. Wipes the KEKs and the recovery key's bytes; the caller wipes `keys`.
 */
export async function sealPartnerSlots(input: PartnerSlotsInput, keys: RawKeyPair): Promise<{ slots: KeySlot[]; recoveryKey: string }> {
  const { vaultId, kdf, partner } = input;
  const kek = await input.derive(input.passphrase, kdf);
  const recovery = generateRecoveryKey();
  let recoveryKek: Uint8Array | undefined;
  try {
    if (input.existingHeader) await assertKekIsOwn(input.existingHeader, kek, partner);
    recoveryKek = await recoveryKeyToKek(recovery.bytes, kdfSalt(kdf));
    const passphraseSlot = await sealSlot(kek, vaultId, { slotId: crypto.randomUUID(), partner, kind: 'passphrase' }, keys);
    const recoverySlot = await sealSlot(recoveryKek, vaultId, { slotId: crypto.randomUUID(), partner, kind: 'recovery' }, keys);
    return { slots: [passphraseSlot, recoverySlot], recoveryKey: recovery.text };
  } finally {
    wipe(kek, recovery.bytes, recoveryKek);
  }
}
