/**
 * How Hearth last closed, asked of main once per page load. Main answers `crashed` only once (to the first
 * page that asks after a crash), so the start-up (which then shows the lock screen instead of opening
 * silently) and the lock screen's notice share this one answer.
 */
import type { LastExit } from '@shared/ipc/contract';
import { mainApi } from '@renderer/platform/bridge';

let lastExit: Promise<LastExit> | undefined;

export function lastExitOnce(): Promise<LastExit> {
  lastExit ??= mainApi.window.lastExit().catch((error: unknown) => {
    console.warn('Could not ask how Hearth last closed', error instanceof Error ? error.name : 'unknown');
    return 'normal' as const;
  });
  return lastExit;
}
