/**
 * Lets a screen hold off the idle lock while something is meant to run untouched (a 20-minute talk: nobody
 * types while they talk). Holds are counted, so two holders cannot release each other's. The idle watch asks
 * `isIdleLockHeld()` before it locks; every other lock (the button, the tray, sleep) is unaffected.
 */
import { useEffect } from 'react';

let holds = 0;

/** Holds off the idle lock until the returned function is called (once). */
export function holdIdleLock(): () => void {
  holds += 1;
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    holds -= 1;
  };
}

export function isIdleLockHeld(): boolean {
  return holds > 0;
}

/** Holds off the idle lock while `isHolding` is true and the component is mounted. */
export function useIdleLockHold(isHolding: boolean): void {
  useEffect(() => (isHolding ? holdIdleLock() : undefined), [isHolding]);
}
