/**
 * "Remember me on this computer": turns the partner's passphrase into their key-encryption key (one
 * Argon2id run in the worker, with the vault's own parameters), proves it opens that partner's own
 * passphrase slot, and hands it to main, which seals it with the operating system's keychain.
 *
 * Must not: keep the passphrase or the KEK (the bytes are wiped; the base64 copy lives only for the call).
 */
import { callMain } from '@renderer/platform/bridge';
import type { DeriveKeyBytes } from '../crypto/argon2';
import { bytesToBase64, wipe } from '../crypto/bytes';
import { KeySlotStateError, PassphraseInputError } from '../crypto/errors';
import { validatePassphraseInput } from '../crypto/passphrase';
import { openSlot, wipeRawKeys } from '../crypto/slotCrypto';
import { findSlot } from '../crypto/vaultHeader';
import type { VaultService } from '../service/vaultService';
import type { PartnerSlot } from '../storage/storedRecord';

/** Derives `partner`'s KEK from `passphrase`; throws WrongSecretError when it does not open their slot. */
export async function deriveOwnKek(service: VaultService, derive: DeriveKeyBytes, partner: PartnerSlot, passphrase: string): Promise<{ vaultId: string; kek: Uint8Array }> {
  const check = validatePassphraseInput(passphrase);
  if (!check.ok) throw new PassphraseInputError(check.reason);
  const header = await service.readHeader();
  const slot = header ? findSlot(header, partner, 'passphrase') : undefined;
  if (!header || !slot) throw new KeySlotStateError('There is no passphrase slot to remember.');
  const kek = await derive(passphrase, header.kdf);
  try {
    wipeRawKeys(await openSlot(kek, header.vaultId, slot));
    return { vaultId: header.vaultId, kek };
  } catch (error) {
    wipe(kek);
    throw error;
  }
}

/** Asks main to remember `partner` on this computer, proven by their passphrase. */
export async function rememberPartner(service: VaultService, derive: DeriveKeyBytes, partner: PartnerSlot, passphrase: string): Promise<void> {
  const { vaultId, kek } = await deriveOwnKek(service, derive, partner, passphrase);
  try {
    await callMain('keychain:remember', { vaultId, partner, secretB64: bytesToBase64(kek) });
  } finally {
    wipe(kek);
  }
}

/** Asks main to forget whoever it remembers for this vault. */
export async function forgetRemembered(service: VaultService): Promise<void> {
  const header = await service.readHeader();
  if (header) await callMain('keychain:forget', { vaultId: header.vaultId });
}
