/** Settings › Backups' view of main's backup folder, with the actions that change it. */
import { useCallback } from 'react';
import { useLoad } from '@renderer/lib/useLoad';
import { mainApi } from '@renderer/platform/bridge';
import type { BackupStatus } from '@shared/ipc/contract';

export function useBackupStatus() {
  const load = useCallback(() => mainApi.backups.status(), []);
  const { state, retry, replace } = useLoad<BackupStatus>(load);
  const show = useCallback((next: BackupStatus) => replace(() => next), [replace]);
  return { state, retry, show };
}
