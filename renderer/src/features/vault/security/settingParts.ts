/** Settings › Security's parts, in one module the vault's index loads with the Settings screen (not at start-up). */
export { AutoLockSetting } from './AutoLockSetting';
export { ChangePassphraseSetting } from './ChangePassphraseSetting';
export { InvitePartnerSetting } from './InvitePartnerSetting';
export { PartnersSetting } from './PartnersSetting';
export { RememberMeSetting } from './RememberMeSetting';
export { StorageNote } from './StorageNote';
