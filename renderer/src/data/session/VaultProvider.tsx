/**
 * Owns the vault session in the page: which screen the vault is at (checking, first run, locked, unlocked,
 * damaged), who is here and the partners' names once unlocked, and every way in and out.
 *
 * One VaultService for the app. On lock the KeyRing tells us, the status drops to 'locked' and the profiles
 * are forgotten; the gate then unmounts the whole app, so no decrypted text stays in the DOM or in state.
 * The recovery key typed to unlock is kept in a ref only until the new passphrase is chosen or Hearth locks.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSettings } from '@renderer/lib/settings';
import { mainApi } from '@renderer/platform/bridge';
import type { PartnerSlot } from '../storage/storedRecord';
import { lastExitOnce } from './lastExit';
import { requestPersistentStorage } from './persistentStorage';
import { startVault, type VaultDamage } from './startVault';
import { useLockTriggers } from './useLockTriggers';
import { useVaultActions } from './useVaultActions';
import { VaultControlsContext, VaultSessionContext, type PartnerProfiles, type VaultControls, type VaultSession } from './vaultContext';
import { appVaultRuntime, type VaultRuntime } from './vaultRuntime';

export type VaultState =
  | { status: 'checking' | 'first-run' | 'locked' }
  | { status: 'damaged'; damage: VaultDamage }
  | { status: 'unlocked'; partner: PartnerSlot; profiles: PartnerProfiles; needsNewPassphrase: boolean; wasOpenedByPerson: boolean };

const NO_PROFILES: PartnerProfiles = {};

const recallRemembered = (vaultId: string) => mainApi.keychain.recall({ vaultId });

export function VaultProvider({ children, runtime: givenRuntime }: { children: ReactNode; runtime?: VaultRuntime }) {
  const [runtime] = useState(() => givenRuntime ?? appVaultRuntime());
  const { service } = runtime;
  const { settings } = useSettings();
  const [state, setState] = useState<VaultState>({ status: 'checking' });
  const [rememberedPartner, setRememberedPartner] = useState<PartnerSlot | null>(null);
  const [isStoragePersistent, setIsStoragePersistent] = useState<boolean | null>(null);
  const recoveryKeyRef = useRef<string | undefined>(undefined);
  const hasStarted = useRef(false);

  /** Reads the names and shows the app (or the new-passphrase screen after a recovery unlock). */
  const enterApp = useCallback(async (wasOpenedByPerson = true) => {
    try {
      const profiles = await service.profiles.load();
      const partner = service.keys.partner;
      setState({ status: 'unlocked', partner, profiles, needsNewPassphrase: service.needsNewPassphrase, wasOpenedByPerson });
    } catch (error) {
      // Locked meanwhile, or storage failed: drop the keys too, so the lock screen never hides an open vault.
      console.warn('Hearth could not open the journal', error instanceof Error ? error.name : 'unknown');
      service.keys.lock();
      setState({ status: 'locked' });
    }
  }, [service]);

  const runStart = useCallback(async () => {
    const outcome = await startVault(service, recallRemembered, { isAfterCrash: (await lastExitOnce()) === 'crashed' });
    if (outcome.status === 'locked' || outcome.status === 'unlocked') setRememberedPartner(outcome.rememberedPartner);
    if (outcome.status === 'unlocked') await enterApp(false);
    else setState(outcome.status === 'damaged' ? { status: 'damaged', damage: outcome.damage } : { status: outcome.status });
  }, [service, enterApp]);

  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    void runStart();
    void requestPersistentStorage().then(setIsStoragePersistent);
  }, [runStart]);

  useEffect(
    () =>
      service.keys.onLock(() => {
        recoveryKeyRef.current = undefined;
        setState({ status: 'locked' });
      }),
    [service],
  );

  const isUnlocked = state.status === 'unlocked';
  const lock = useCallback(async () => {
    if (isUnlocked) await service.lock();
  }, [isUnlocked, service]);

  useLockTriggers({ isActive: isUnlocked, idleMinutes: settings.autoLockMinutes, lock });

  const retryStart = useCallback(() => {
    setState({ status: 'checking' });
    void runStart();
  }, [runStart]);

  const refreshProfiles = useCallback(async () => {
    const profiles = await service.profiles.load();
    setState((current) => (current.status === 'unlocked' ? { ...current, profiles } : current));
  }, [service]);

  const actions = useVaultActions({ runtime, enterApp, refreshProfiles, recoveryKeyRef, rememberedPartner, setRememberedPartner });

  const session = useMemo<VaultSession>(
    () => ({
      status: state.status,
      partner: state.status === 'unlocked' ? state.partner : null,
      profiles: state.status === 'unlocked' ? state.profiles : NO_PROFILES,
      records: service.records,
      onLock: (listener) => service.keys.onLock(listener),
      lock,
    }),
    [state, service, lock],
  );

  const controls = useMemo<VaultControls>(
    () => ({
      ...actions,
      service,
      damage: state.status === 'damaged' ? state.damage : null,
      needsNewPassphrase: state.status === 'unlocked' && state.needsNewPassphrase,
      wasOpenedByPerson: state.status === 'unlocked' && state.wasOpenedByPerson,
      isStoragePersistent,
      rememberedPartner,
      derive: runtime.derive,
      warmUpKdf: runtime.warmUpKdf,
      retryStart,
    }),
    [actions, service, state, isStoragePersistent, rememberedPartner, runtime.derive, runtime.warmUpKdf, retryStart],
  );

  return (
    <VaultSessionContext.Provider value={session}>
      <VaultControlsContext.Provider value={controls}>{children}</VaultControlsContext.Provider>
    </VaultSessionContext.Provider>
  );
}
