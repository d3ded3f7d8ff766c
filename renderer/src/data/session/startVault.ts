/**
 * What Hearth finds when it starts: no vault yet, a vault to unlock, a remembered partner it can open
 * silently, or a header it cannot trust. Reads only; never writes, deletes or forgets anything. After a
 * crash it never opens silently: the person sees the lock screen, which says what happened.
 */
import type { RememberedSecret } from '@shared/ipc/contract';
import { InvalidVaultHeaderError, WeakKdfParamsError } from '../crypto/errors';
import type { VaultService } from '../service/vaultService';
import type { PartnerSlot } from '../storage/storedRecord';
import { unlockWithRememberedKek } from './rememberedUnlock';

/**
 * Why the vault cannot be opened: its lock information is unreadable or weakened, missing while entries are
 * still stored, or storage failed.
 */
export type VaultDamage = 'header' | 'missing-header' | 'storage';

export type StartOutcome =
  | { status: 'first-run' }
  | { status: 'locked'; rememberedPartner: PartnerSlot | null }
  | { status: 'unlocked'; rememberedPartner: PartnerSlot }
  | { status: 'damaged'; damage: VaultDamage };

/** Asks main for a remembered key; any failure counts as "nothing remembered". */
export type RecallRemembered = (vaultId: string) => Promise<RememberedSecret | null>;

export function damageOf(error: unknown): VaultDamage {
  return error instanceof InvalidVaultHeaderError || error instanceof WeakKdfParamsError ? 'header' : 'storage';
}

export async function startVault(service: VaultService, recall: RecallRemembered, options: { isAfterCrash?: boolean } = {}): Promise<StartOutcome> {
  let vaultId: string;
  try {
    const header = await service.readHeader();
    if (!header) return (await service.hasRecords()) ? { status: 'damaged', damage: 'missing-header' } : { status: 'first-run' };
    vaultId = header.vaultId;
  } catch (error) {
    console.warn('The vault header could not be read', error instanceof Error ? error.name : 'unknown');
    return { status: 'damaged', damage: damageOf(error) };
  }
  const remembered = await recall(vaultId).catch(() => null);
  if (!remembered) return { status: 'locked', rememberedPartner: null };
  if (options.isAfterCrash) return { status: 'locked', rememberedPartner: remembered.partner };
  const isOpen = await unlockWithRememberedKek(service, remembered);
  return isOpen
    ? { status: 'unlocked', rememberedPartner: remembered.partner }
    : { status: 'locked', rememberedPartner: remembered.partner };
}
