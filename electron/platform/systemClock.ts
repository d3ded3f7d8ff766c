/**
 * The real clock, in plain Node: wall time, a monotonic reading (which does not count time the computer
 * spends asleep on Linux and macOS, and is never set by hand), the system's IANA time zone as it is now,
 * and timers. Used by ElectronPlatform and, unless a test asks for a ManualClock, by RecordingPlatform.
 */
import { performance } from 'node:perf_hooks';
import type { PlatformClock } from './Platform';

/** Node's timers overflow past 2^31 − 1 ms (about 24.8 days) and then fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export const systemClock: PlatformClock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  // Read afresh each time: Intl picks up a changed TZ (the system's zone) on a new DateTimeFormat.
  timeZone: () => new Intl.DateTimeFormat().resolvedOptions().timeZone,
  setTimer: (delayMs, run) => {
    const handle = setTimeout(run, Math.min(Math.max(0, delayMs), LONGEST_TIMER_MS));
    // A pending reminder must not keep a quitting app (or a test run) alive.
    handle.unref();
    return () => clearTimeout(handle);
  },
};
