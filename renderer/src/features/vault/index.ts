/**
 * The vault feature's public face. The app mounts VaultProvider and VaultGate around its shell; other
 * features read the session with useVault(). Settings › Security is built from the setting parts below.
 * Everything else (the crypto core, storage, the screens) stays inside the feature.
 */
export { LockButton } from './LockButton';
export { VaultGate } from './VaultGate';
export { VaultProvider } from './session/VaultProvider';
export { useVault, type PartnerProfiles, type VaultSession, type VaultStatus } from './session/vaultContext';
export { ariaLockShortcut } from './session/lockShortcut';
export { useIdleLockHold } from './session/idleLockHold';
export type { PartnerProfile } from './service/profileRepo';
export type { PartnerSlot } from './storage/storedRecord';
export { AutoLockSetting } from './security/AutoLockSetting';
export { ChangePassphraseSetting } from './security/ChangePassphraseSetting';
export { InvitePartnerSetting } from './security/InvitePartnerSetting';
export { PartnersSetting } from './security/PartnersSetting';
export { RememberMeSetting } from './security/RememberMeSetting';
export { StorageNote } from './security/StorageNote';
