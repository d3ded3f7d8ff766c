/**
 * Backups' public face: Settings › Backups, the restore dialog (also offered at first run), and the daily
 * backup the app mounts while it is unlocked. The shell imports this index for the daily backup, so the
 * screens load on first use (React.lazy) and stay out of the start-up script.
 */
import { lazy } from 'react';

export const AutomaticBackups = lazy(() => import('./AutomaticBackups').then((module) => ({ default: module.AutomaticBackups })));

export const BackupsSection = lazy(() => import('./BackupsSection').then((module) => ({ default: module.BackupsSection })));
export const RestoreDialog = lazy(() => import('./restore/RestoreDialog').then((module) => ({ default: module.RestoreDialog })));
export const FirstRunRestore = lazy(() => import('./restore/FirstRunRestore').then((module) => ({ default: module.FirstRunRestore })));
