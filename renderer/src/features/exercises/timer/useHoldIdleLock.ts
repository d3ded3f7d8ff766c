/**
 * Keeps the idle lock from closing Hearth in the middle of a running 20-minute talk: nobody touches the
 * computer while they talk, and the default idle lock (5 minutes) would hide the turn change behind the lock
 * screen. Only while the talk runs (not while paused, never for the device-free hour, when the couple is
 * away and a lock is right); the timer itself survives a lock either way.
 */
import { useIdleLockHold } from '@renderer/features/vault';

export function useHoldIdleLock(isHolding: boolean): void {
  useIdleLockHold(isHolding);
}
