/**
 * Locks the journal when the computer goes to sleep or its screen locks: main asks the page to lock
 * (`session:didRequestLock`), and the page forgets its keys. A person walking away from a sleeping laptop
 * should never come back to an open journal.
 */
import type { Platform } from '../platform/Platform';

/** Starts listening for sleep and screen lock. Call once, after the app is ready. */
export function startPowerLockService(platform: Platform): void {
  platform.power.onSuspend(() => platform.window.send('session:didRequestLock', { reason: 'suspend' }));
  platform.power.onLockScreen(() => platform.window.send('session:didRequestLock', { reason: 'lock-screen' }));
}
