/**
 * The vault feature's public face. The app mounts VaultProvider and VaultGate around its shell; other
 * features read the session with useVault(). Settings › Security is built from the setting parts below.
 * Everything else (the crypto core, storage, the screens) stays inside the feature.
 */
import { lazy } from 'react';
export { LockButton } from './LockButton';
export { VaultGate } from './VaultGate';
export { VaultProvider } from '@renderer/data/session/VaultProvider';
export { useVault, type PartnerProfiles, type VaultSession, type VaultStatus } from '@renderer/data/session/vaultContext';
export { ariaLockShortcut } from '@renderer/data/session/lockShortcut';
export { useIdleLockHold } from '@renderer/data/session/idleLockHold';
export type { PartnerProfile } from '@renderer/data/service/profileRepo';
export type { PartnerSlot } from '@renderer/data/storage/storedRecord';

type SettingPart = keyof typeof import('./security/settingParts');

/**
 * A part of Settings › Security, loaded on first use: the Settings screen is itself loaded on demand, and a
 * static export here would put the passphrase forms in the start-up script. The place's loading line shows
 * meanwhile.
 */
function settingPart(name: SettingPart) {
  return lazy(() => import('./security/settingParts').then((parts) => ({ default: parts[name] })));
}

export const AutoLockSetting = settingPart('AutoLockSetting');
export const ChangePassphraseSetting = settingPart('ChangePassphraseSetting');
export const InvitePartnerSetting = settingPart('InvitePartnerSetting');
export const PartnersSetting = settingPart('PartnersSetting');
export const RememberMeSetting = settingPart('RememberMeSetting');
export const StorageNote = settingPart('StorageNote');
