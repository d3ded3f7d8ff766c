/**
 * The key-slot operations on plain data (no Dexie): create a vault's keys, unlock with a passphrase or a
 * recovery key, change a passphrase, add the second partner. Each takes a header and returns a new one;
 * none mutates its input or re-encrypts any record (records are sealed under the data keys, which never
 * change here, only the wraps around them).
 *
 * Owns: which slots a header has and how they change. Must not: store the header, keep secrets, or run
 * Argon2id itself (an injected `derive` does: the worker client in the app, cheap parameters in tests).
 * Raw data-key bytes live only inside one call and are wiped before it returns (see keys.ts).
 */
import type { DeriveKeyBytes } from './argon2';
import { wipe } from './bytes';
import { KeySlotStateError, PassphraseConflictError, PassphraseInputError, WrongSecretError } from './errors';
import { assertKdfParamsAcceptable, type KdfParams, newKdfParams } from './kdfParams';
import { generateDataKeyBytes, type PartnerId, type SlotKind } from './keys';
import { validatePassphraseInput } from './passphrase';
import {
  assertKekIsOwn, kekForSecret, openSlot, type PartnerSecret, type RawKeyPair, sealPartnerSlots, sealSlot, toSession,
  type UnlockedSession, wipeRawKeys,
} from './slotCrypto';
import { findSlot, type KeySlot, parseVaultHeader, VAULT_FORMAT_VERSION, type VaultHeader } from './vaultHeader';

export type { PartnerSecret, UnlockedSession } from './slotCrypto';

/** What a new vault needs: who is there now, their passphrases, and how to run Argon2id. */
export interface CreateVaultKeysInput {
  partners: readonly ['a'] | readonly ['a', 'b'];
  passphrases: { a: string; b?: string };
  derive: DeriveKeyBytes;
  /** Defaults to {@link newKdfParams} (64 MiB, 3 passes, 1 lane, fresh salt). */
  kdf?: KdfParams;
  /** Defaults to `Date.now`. */
  now?: () => number;
}

/** A new vault: the header to store, each partner's recovery key (shown once), and partner a's session. */
export interface CreatedVaultKeys {
  header: VaultHeader;
  recoveryKeys: { a: string; b?: string };
  session: UnlockedSession;
}

/**
 * Creates the Us key, a private key per partner, and per partner a passphrase slot and a recovery slot.
 * Throws {@link PassphraseInputError} for an unusable passphrase and {@link PassphraseConflictError} when
 * both partners chose the same one (after NFC).
 */
export async function createVaultKeys(input: CreateVaultKeysInput): Promise<CreatedVaultKeys> {
  const partners: PartnerId[] = [...input.partners];
  if (partners.join(',') !== 'a' && partners.join(',') !== 'a,b') {
    throw new KeySlotStateError("A vault is created for ['a'] or ['a', 'b'].");
  }
  const normalized = partners.map((partner) => requireUsablePassphrase(input.passphrases[partner]));
  if (normalized.length === 2 && normalized[0] === normalized[1]) throw new PassphraseConflictError();
  const kdf = input.kdf ?? newKdfParams();
  assertKdfParamsAcceptable(kdf);

  const vaultId = crypto.randomUUID();
  const us = generateDataKeyBytes();
  const privates = { a: generateDataKeyBytes(), b: generateDataKeyBytes() };
  const slots: KeySlot[] = [];
  const recoveryKeys: { a?: string; b?: string } = {};
  try {
    for (const partner of partners) {
      const passphrase = input.passphrases[partner] ?? '';
      const made = await sealPartnerSlots({ vaultId, kdf, partner, passphrase, derive: input.derive }, { us, private: privates[partner] });
      slots.push(...made.slots);
      recoveryKeys[partner] = made.recoveryKey;
    }
    const createdAt = (input.now ?? Date.now)();
    const header = parseVaultHeader({ formatVersion: VAULT_FORMAT_VERSION, vaultId, createdAt, kdf, slots });
    // toSession wipes what it is given, so it gets copies; the originals are wiped below.
    const session = await toSession('a', 'passphrase', { us: new Uint8Array(us), private: new Uint8Array(privates.a) });
    return { header, recoveryKeys: { a: recoveryKeys.a ?? '', ...(recoveryKeys.b ? { b: recoveryKeys.b } : {}) }, session };
  } finally {
    wipe(us, privates.a, privates.b);
  }
}

/**
 * Unlocks with a passphrase: one Argon2id derivation (the salt is vault-wide), then the passphrase slot of
 * each partner (or only `options.partner`'s, when the lock screen asked who is here) is tried.
 * Throws {@link PassphraseInputError} before deriving for an unusable passphrase, {@link WrongSecretError}
 * when no slot opens.
 */
export async function unlockWithPassphrase(
  header: VaultHeader,
  passphrase: string,
  derive: DeriveKeyBytes,
  options: { partner?: PartnerId } = {},
): Promise<UnlockedSession> {
  const checked = parseVaultHeader(header);
  requireUsablePassphrase(passphrase);
  return unlockWith(checked, { kind: 'passphrase', passphrase }, derive, options.partner);
}

/**
 * Unlocks with a recovery key as typed. Throws {@link RecoveryKeyFormatError} ('malformed' or 'checksum')
 * before any cryptography for a key that is not one, {@link WrongSecretError} when no recovery slot opens.
 */
export async function unlockWithRecoveryKey(
  header: VaultHeader,
  recoveryKey: string,
  options: { partner?: PartnerId } = {},
): Promise<UnlockedSession> {
  const checked = parseVaultHeader(header);
  return unlockWith(checked, { kind: 'recovery', recoveryKey }, refuseDerive, options.partner);
}

/**
 * Re-wraps `partner`'s two keys under a new passphrase, proven by their current passphrase or recovery
 * key. Returns a new header in which only that partner's passphrase slot differs (same slot id, new IVs,
 * new KEK; same vault-wide salt and cost); every record ciphertext stays valid as it is. Throws
 * {@link WrongSecretError}, {@link PassphraseInputError}, or {@link PassphraseConflictError} when the new
 * passphrase is the other partner's.
 */
export async function changePassphrase(
  header: VaultHeader,
  partner: PartnerId,
  current: PartnerSecret,
  newPassphrase: string,
  derive: DeriveKeyBytes,
): Promise<VaultHeader> {
  const checked = parseVaultHeader(header);
  const slot = requireSlot(checked, partner, 'passphrase');
  requireUsablePassphrase(newPassphrase);
  const keys = await openWithSecret(checked, partner, current, derive);
  let kek: Uint8Array | undefined;
  try {
    kek = await derive(newPassphrase, checked.kdf);
    await assertKekIsOwn(checked, kek, partner);
    const resealed = await sealSlot(kek, checked.vaultId, slot, keys);
    return parseVaultHeader({ ...checked, slots: checked.slots.map((s) => (s.slotId === slot.slotId ? resealed : s)) });
  } finally {
    wipe(kek);
    wipeRawKeys(keys);
  }
}

/** What adding the second partner needs: the first partner's proof, the newcomer's passphrase, Argon2id. */
export interface AddPartnerInput {
  /** The partner already in the vault, proving it again: their Us key is unwrapped once to wrap it for 'b'. */
  existing: { partner: PartnerId; secret: PartnerSecret };
  newPassphrase: string;
  derive: DeriveKeyBytes;
}

/**
 * Adds partner 'b' to a vault created by 'a' alone: a new private key for 'b', and 'b''s passphrase and
 * recovery slots holding the existing Us key. Returns the new header and 'b''s recovery key (shown once).
 * Throws {@link KeySlotStateError} when 'b' is already there, {@link WrongSecretError} for a wrong proof,
 * {@link PassphraseConflictError} when 'b' chose the existing partner's passphrase.
 */
export async function addPartner(header: VaultHeader, input: AddPartnerInput): Promise<{ header: VaultHeader; recoveryKey: string }> {
  const checked = parseVaultHeader(header);
  if (findSlot(checked, 'b', 'passphrase')) throw new KeySlotStateError("Partner 'b' is already in this vault.");
  requireUsablePassphrase(input.newPassphrase);
  const existing = await openWithSecret(checked, input.existing.partner, input.existing.secret, input.derive);
  wipe(existing.private);
  const keys: RawKeyPair = { us: existing.us, private: generateDataKeyBytes() };
  try {
    const { vaultId, kdf } = checked;
    const made = await sealPartnerSlots(
      { vaultId, kdf, partner: 'b', passphrase: input.newPassphrase, derive: input.derive, existingHeader: checked },
      keys,
    );
    return { header: parseVaultHeader({ ...checked, slots: [...checked.slots, ...made.slots] }), recoveryKey: made.recoveryKey };
  } finally {
    wipeRawKeys(keys);
  }
}

/** Derives the secret's KEK once and tries the matching slot of each candidate partner. */
async function unlockWith(header: VaultHeader, secret: PartnerSecret, derive: DeriveKeyBytes, only?: PartnerId): Promise<UnlockedSession> {
  const slots = header.slots.filter((slot) => slot.kind === secret.kind && (only === undefined || slot.partner === only));
  if (slots.length === 0) throw new WrongSecretError();
  const kek = await kekForSecret(header, secret, derive);
  try {
    for (const slot of slots) {
      const keys = await openSlot(kek, header.vaultId, slot).catch(ignoreWrongSecret);
      if (keys) return await toSession(slot.partner, slot.kind, keys);
    }
    throw new WrongSecretError();
  } finally {
    wipe(kek);
  }
}

async function openWithSecret(header: VaultHeader, partner: PartnerId, secret: PartnerSecret, derive: DeriveKeyBytes): Promise<RawKeyPair> {
  const slot = requireSlot(header, partner, secret.kind);
  const kek = await kekForSecret(header, secret, derive);
  try {
    return await openSlot(kek, header.vaultId, slot);
  } finally {
    wipe(kek);
  }
}

function requireSlot(header: VaultHeader, partner: PartnerId, kind: SlotKind): KeySlot {
  const slot = findSlot(header, partner, kind);
  if (!slot) throw new KeySlotStateError(`Partner '${partner}' has no ${kind} slot in this vault.`);
  return slot;
}

function requireUsablePassphrase(passphrase: string | undefined): string {
  const check = validatePassphraseInput(passphrase ?? '');
  if (!check.ok) throw new PassphraseInputError(check.reason);
  return check.normalized;
}

function ignoreWrongSecret(error: unknown): undefined {
  if (error instanceof WrongSecretError) return undefined;
  throw error;
}

const refuseDerive: DeriveKeyBytes = () => Promise.reject(new Error('A recovery key needs no Argon2id derivation.'));
