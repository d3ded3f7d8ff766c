/**
 * The ways into the vault and the changes to it that the vault's screens ask for, over the one
 * VaultService. Errors are left to the screens, which turn each into their own words.
 */
import { useCallback, useMemo, type RefObject } from 'react';
import type { OpenedBackup } from '../backup/openBackup';
import type { PartnerSecret } from '../crypto/slotCrypto';
import type { NewVaultInput } from '../service/vaultService';
import type { PartnerSlot } from '../storage/storedRecord';
import { forgetRemembered, rememberPartner } from './rememberedKek';
import type { VaultControls } from './vaultContext';
import type { VaultRuntime } from './vaultRuntime';

type VaultActions = Omit<VaultControls, 'service' | 'damage' | 'needsNewPassphrase' | 'isStoragePersistent' | 'rememberedPartner' | 'derive' | 'warmUpKdf' | 'retryStart' | 'wasOpenedByPerson'>;

interface VaultActionsInput {
  runtime: VaultRuntime;
  enterApp: () => Promise<void>;
  refreshProfiles: () => Promise<void>;
  recoveryKeyRef: RefObject<string | undefined>;
  rememberedPartner: PartnerSlot | null;
  setRememberedPartner: (partner: PartnerSlot | null) => void;
}

export function useVaultActions({ runtime, enterApp, refreshProfiles, recoveryKeyRef, rememberedPartner, setRememberedPartner }: VaultActionsInput): VaultActions {
  const { service, derive } = runtime;

  /** A remembered key stops fitting when its partner's passphrase changes, so it is renewed with the new one. */
  const renewRemembered = useCallback(
    async (next: string) => {
      const partner = service.keys.partner;
      if (rememberedPartner !== partner) return;
      await rememberPartner(service, derive, partner, next).catch((error: unknown) => {
        console.warn('Could not renew the remembered key', error instanceof Error ? error.name : 'unknown');
      });
    },
    [service, derive, rememberedPartner],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      await service.unlock(passphrase);
      await enterApp();
    },
    [service, enterApp],
  );

  const unlockWithRecovery = useCallback(
    async (recoveryKey: string) => {
      await service.unlockWithRecovery(recoveryKey);
      recoveryKeyRef.current = recoveryKey;
      await enterApp();
    },
    [service, enterApp, recoveryKeyRef],
  );

  const chooseNewPassphrase = useCallback(
    async (next: string) => {
      const recoveryKey = recoveryKeyRef.current;
      if (!recoveryKey) throw new Error('No recovery key to prove the change with.');
      await service.changePassphrase({ kind: 'recovery', recoveryKey }, next);
      recoveryKeyRef.current = undefined;
      await renewRemembered(next);
      await enterApp();
    },
    [service, enterApp, recoveryKeyRef, renewRemembered],
  );

  const changePassphrase = useCallback(
    async (current: PartnerSecret, next: string) => {
      await service.changePassphrase(current, next);
      await renewRemembered(next);
    },
    [service, renewRemembered],
  );

  const createVault = useCallback((input: NewVaultInput) => service.create(input), [service]);

  const restoreBackup = useCallback(
    async (opened: OpenedBackup, secret: PartnerSecret) => {
      await service.restore(opened);
      // The lock inside restore forgot any recovery key; this one proves the new passphrase to come.
      if (secret.kind === 'recovery') recoveryKeyRef.current = secret.recoveryKey;
      await enterApp();
    },
    [service, enterApp, recoveryKeyRef],
  );

  const remember = useCallback(
    async (passphrase: string) => {
      const partner = service.keys.partner;
      await rememberPartner(service, derive, partner, passphrase);
      setRememberedPartner(partner);
    },
    [service, derive, setRememberedPartner],
  );

  const forget = useCallback(async () => {
    await forgetRemembered(service);
    setRememberedPartner(null);
  }, [service, setRememberedPartner]);

  return useMemo(
    () => ({
      unlock,
      unlockWithRecovery,
      chooseNewPassphrase,
      changePassphrase,
      createVault,
      restoreBackup,
      finishFirstRun: enterApp,
      refreshProfiles,
      remember,
      forget,
    }),
    [unlock, unlockWithRecovery, chooseNewPassphrase, changePassphrase, createVault, restoreBackup, enterApp, refreshProfiles, remember, forget],
  );
}
