/**
 * The vault session as screens read it. `useVault()` is the public face (status, who is here, the
 * partners' names, the records for a feature's repository, lock); `useVaultControls()` is for the vault's
 * own screens (unlocking, first run, Settings › Security) and the data core itself, and gives the whole
 * VaultService. A feature never holds the service: it cannot unwrap keys, add partners or reach drafts but
 * through `useDraft`.
 */
import { createContext, useContext } from 'react';
import type { OpenedBackup } from '../backup/openBackup';
import type { DeriveKeyBytes } from '../crypto/argon2';
import type { PartnerSecret } from '../crypto/slotCrypto';
import type { PartnerProfile } from '../service/profileRepo';
import type { NewVaultInput, VaultService } from '../service/vaultService';
import type { RecordStore } from '../storage/recordStore';
import type { PartnerSlot } from '../storage/storedRecord';
import type { VaultDamage } from './startVault';

export type VaultStatus = 'checking' | 'first-run' | 'locked' | 'unlocked' | 'damaged';

export type PartnerProfiles = Partial<Record<PartnerSlot, PartnerProfile>>;

export interface VaultSession {
  status: VaultStatus;
  /** The partner who is here; null unless unlocked. */
  partner: PartnerSlot | null;
  /** Both partners' names and colours, read once at unlock; empty unless unlocked. */
  profiles: PartnerProfiles;
  /** The sealed records, for a feature's repository (through `collection`); every read fails once locked. */
  records: RecordStore;
  /** Told when the keys are dropped (before the lock screen shows); answers a function that stops listening. */
  onLock: (listener: () => void) => () => void;
  /** Saves open drafts, drops the keys and shows the lock screen. Does nothing unless unlocked. */
  lock: () => Promise<void>;
}

export interface VaultControls {
  service: VaultService;
  damage: VaultDamage | null;
  /** After a recovery-key unlock: the partner must choose a new passphrase before anything else. */
  needsNewPassphrase: boolean;
  /** True when the journal was opened from one of the vault's screens (not silently at start). */
  wasOpenedByPerson: boolean;
  /** What the browser answered when asked to keep storage (null: it could not be asked). */
  isStoragePersistent: boolean | null;
  /** Whom main remembers on this computer, as far as this page knows. */
  rememberedPartner: PartnerSlot | null;
  derive: DeriveKeyBytes;
  /** Readies key derivation while a passphrase is being typed (the lock screen calls it as it shows). */
  warmUpKdf: () => void;
  unlock: (passphrase: string) => Promise<void>;
  unlockWithRecovery: (recoveryKey: string) => Promise<void>;
  /** Replaces the passphrase forgotten, proven by the recovery key just used. */
  chooseNewPassphrase: (next: string) => Promise<void>;
  changePassphrase: (current: PartnerSecret, next: string) => Promise<void>;
  /** Creates the vault (partner a is then unlocked) and answers the recovery keys; the status stays first-run. */
  createVault: (input: NewVaultInput) => Promise<{ a: string; b?: string }>;
  /** Ends the first run: into the app. */
  finishFirstRun: () => Promise<void>;
  refreshProfiles: () => Promise<void>;
  remember: (passphrase: string) => Promise<void>;
  forget: () => Promise<void>;
  /**
   * Replaces the vault with a backup that was checked, opened with `secret` and previewed, and enters it as
   * the partner that secret belongs to (after a recovery key, choosing a new passphrase comes first).
   */
  restoreBackup: (opened: OpenedBackup, secret: PartnerSecret) => Promise<void>;
  /** Looks at storage again after a damaged start (for passing storage problems). */
  retryStart: () => void;
}

export const VaultSessionContext = createContext<VaultSession | null>(null);
export const VaultControlsContext = createContext<VaultControls | null>(null);

export function useVault(): VaultSession {
  const value = useContext(VaultSessionContext);
  if (!value) throw new Error('useVault must be used inside <VaultProvider>.');
  return value;
}

export function useVaultControls(): VaultControls {
  const value = useContext(VaultControlsContext);
  if (!value) throw new Error('useVaultControls must be used inside <VaultProvider>.');
  return value;
}
