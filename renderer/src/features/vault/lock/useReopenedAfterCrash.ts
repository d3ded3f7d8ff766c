/**
 * Whether main reopened Hearth after its page crashed, so the lock screen can say so calmly (after a crash
 * Hearth always starts at the lock screen, even when a partner is remembered on this computer). The lock
 * screen shows the line until it is left (unlocked), and never again in this page's life.
 */
import { useEffect, useState } from 'react';
import { lastExitOnce } from '@renderer/data/session/lastExit';

let wasShown = false;

export function useReopenedAfterCrash(): boolean {
  const [reopened, setReopened] = useState(false);
  useEffect(() => {
    if (wasShown) return;
    let isCurrent = true;
    void lastExitOnce().then((exit) => isCurrent && setReopened(exit === 'crashed'));
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
