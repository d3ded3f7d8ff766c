/**
 * Opens the vault at start with the key-encryption key main kept for "Remember me on this computer".
 *
 * A stopgap until VaultService has a method for this (asked for in the vault screens' report): it opens the
 * partner's own passphrase slot with the remembered KEK, exactly as VaultService.unlock does after its
 * derivation, and hands the session to the KeyRing.
 * Must not: write anything, forget or replace the remembered value, or keep the KEK after it returns. Any
 * failure (a changed passphrase, a moved profile, a damaged value) answers false, and the lock screen shows.
 */
import type { RememberedSecret } from '@shared/ipc/contract';
import { base64ToBytes, wipe } from '../crypto/bytes';
import { openSlot, toSession } from '../crypto/slotCrypto';
import { findSlot } from '../crypto/vaultHeader';
import type { VaultService } from '../service/vaultService';

export async function unlockWithRememberedKek(service: VaultService, remembered: RememberedSecret): Promise<boolean> {
  let kek: Uint8Array | undefined;
  try {
    const header = await service.readHeader();
    const slot = header ? findSlot(header, remembered.partner, 'passphrase') : undefined;
    if (!header || !slot) return false;
    kek = base64ToBytes(remembered.secretB64);
    const keys = await openSlot(kek, header.vaultId, slot);
    service.keys.unlock(await toSession(slot.partner, 'passphrase', keys));
    return true;
  } catch {
    return false;
  } finally {
    wipe(kek);
  }
}
