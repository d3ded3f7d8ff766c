/**
 * The vault feature's public face. The app mounts VaultProvider and VaultGate around its shell; other
 * features read the session with useVault(). Settings › Security is built from the setting parts below.
 * Everything else (the crypto core, storage, the screens) stays inside the feature.
 */
export { LockButton } from './LockButton';
export { VaultGate } from './VaultGate';
export { VaultProvider } from '@renderer/data/session/VaultProvider';
export { useVault, type PartnerProfiles, type VaultSession, type VaultStatus } from '@renderer/data/session/vaultContext';
export { ariaLockShortcut } from '@renderer/data/session/lockShortcut';
export { useIdleLockHold } from '@renderer/data/session/idleLockHold';
export type { PartnerProfile } from '@renderer/data/service/profileRepo';
export type { PartnerSlot } from '@renderer/data/storage/storedRecord';
export { AutoLockSetting } from './security/AutoLockSetting';
export { ChangePassphraseSetting } from './security/ChangePassphraseSetting';
export { InvitePartnerSetting } from './security/InvitePartnerSetting';
export { PartnersSetting } from './security/PartnersSetting';
export { RememberMeSetting } from './security/RememberMeSetting';
export { StorageNote } from './security/StorageNote';
