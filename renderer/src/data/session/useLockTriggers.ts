/**
 * Everything that locks Hearth besides the Lock button: the idle timer (no keyboard, pointer or wheel
 * input for the chosen minutes), main's requests (the tray, sleep, the screen locking) and Ctrl/Cmd+L.
 * All of them call the same `lock`, which saves drafts before the keys go. Active only while unlocked.
 */
import { useEffect } from 'react';
import { isMacPlatform } from '@renderer/lib/shortcuts';
import { onMainEvent } from '@renderer/platform/bridge';
import { isIdleLockHeld } from './idleLockHold';
import { startIdleWatch } from './idleWatch';
import { isLockShortcut } from './lockShortcut';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

interface LockTriggers {
  isActive: boolean;
  idleMinutes: number;
  lock: () => Promise<void>;
}

export function useLockTriggers({ isActive, idleMinutes, lock }: LockTriggers): void {
  useEffect(() => {
    if (!isActive) return;
    const watch = startIdleWatch({ idleAfterMs: idleMinutes * 60_000, onIdle: () => void lock(), isHeld: isIdleLockHeld });
    const noteActivity = () => watch.noteActivity();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, noteActivity, { capture: true, passive: true });
    return () => {
      watch.stop();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, noteActivity, { capture: true });
    };
  }, [isActive, idleMinutes, lock]);

  useEffect(() => onMainEvent('session:didRequestLock', () => void lock()), [lock]);

  useEffect(() => {
    if (!isActive) return;
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isLockShortcut(event, isMac)) return;
      event.preventDefault();
      void lock();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isActive, lock]);
}
