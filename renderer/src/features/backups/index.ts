/**
 * Backups' public face: Settings › Backups, the restore dialog (also offered at first run), and the daily
 * backup the app mounts while it is unlocked.
 */
export { AutomaticBackups } from './AutomaticBackups';
export { BackupsSection } from './BackupsSection';
export { RestoreDialog } from './restore/RestoreDialog';
export { FirstRunRestore } from './restore/FirstRunRestore';
