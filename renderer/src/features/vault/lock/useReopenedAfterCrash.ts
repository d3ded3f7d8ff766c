/**
 * Whether main reopened Hearth after its page crashed, so the lock screen can say so calmly. Main answers
 * `window:lastExit` with `crashed` only once, so the page asks once per load and keeps the answer here; the
 * lock screen shows the line until it is left (unlocked), and never again in this page's life.
 */
import { useEffect, useState } from 'react';
import type { LastExit } from '@shared/ipc/contract';
import { mainApi } from '@renderer/platform/bridge';

let lastExit: Promise<LastExit> | undefined;
let wasShown = false;

export function useReopenedAfterCrash(): boolean {
  const [reopened, setReopened] = useState(false);
  useEffect(() => {
    if (wasShown) return;
    let isCurrent = true;
    lastExit ??= mainApi.window.lastExit().catch((error: unknown) => {
      console.warn('Could not ask how Hearth last closed', error instanceof Error ? error.name : 'unknown');
      return 'normal' as const;
    });
    void lastExit.then((exit) => isCurrent && setReopened(exit === 'crashed'));
    return () => {
      isCurrent = false;
    };
  }, []);
  // Marked as seen when the lock screen that showed it goes away (not when React merely re-runs effects).
  useEffect(() => {
    if (!reopened) return;
    return () => {
      wasShown = true;
    };
  }, [reopened]);
  return reopened;
}
