/**
 * Keeps the idle lock from closing Hearth in the middle of a running 20-minute talk: nobody touches the
 * computer while they talk, and the default idle lock (5 minutes) would hide the turn change behind the lock
 * screen. Only while the talk runs (not while paused, never for the device-free hour, when the couple is
 * away and a lock is right); the timer itself survives a lock either way.
 *
 * Workaround until the vault offers a way to hold its idle watch (features/vault/session/useLockTriggers.ts
 * counts window input events only): it reports activity the same way input does, with a plain `wheel`
 * event, which nothing else in the app listens to and which scrolls nothing. Replace the body with the
 * vault's own hold once there is one.
 */
import { useEffect } from 'react';

const EVERY_MS = 20_000;

export function useHoldIdleLock(isHolding: boolean): void {
  useEffect(() => {
    if (!isHolding) return;
    const interval = setInterval(() => window.dispatchEvent(new Event('wheel')), EVERY_MS);
    return () => clearInterval(interval);
  }, [isHolding]);
}
