/**
 * The real clock, in plain Node: wall time, a monotonic reading (which does not count time the computer
 * spends asleep on Linux and macOS, and is never set by hand), the system's IANA time zone as it is now,
 * and timers. Used by ElectronPlatform and, unless a test asks for a ManualClock, by RecordingPlatform.
 */
import { readlinkSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PlatformClock } from './Platform';

/** Node's timers overflow past 2^31 − 1 ms (about 24.8 days) and then fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export const systemClock: PlatformClock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  timeZone: () => currentTimeZone(),
  setTimer: (delayMs, run) => {
    const handle = setTimeout(run, Math.min(Math.max(0, delayMs), LONGEST_TIMER_MS));
    // A pending reminder must not keep a quitting app (or a test run) alive.
    handle.unref();
    return () => clearTimeout(handle);
  },
};

/**
 * The zone now. Electron's main process keeps the zone it started with when the system's changes
 * (https://github.com/electron/electron/issues/33723), so on Linux and macOS the zone is read from where
 * the system keeps it, the `/etc/localtime` link, each time; elsewhere (Windows) Intl's answer is all there
 * is. A TZ variable, when set, wins, as it does for every program.
 */
export function currentTimeZone(): string {
  const fromEnvironment = process.env.TZ?.replace(/^:/, '');
  if (fromEnvironment && isZoneName(fromEnvironment)) return fromEnvironment;
  if (process.platform !== 'win32') {
    try {
      const zone = zoneFromLocaltimeLink(readlinkSync('/etc/localtime'));
      if (zone) return zone;
    } catch {
      // Not a link (a copied file) or not there: Intl's answer below.
    }
  }
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `/usr/share/zoneinfo/Europe/London` (or macOS's `/var/db/timezone/zoneinfo/...`) → `Europe/London`. */
export function zoneFromLocaltimeLink(target: string): string | null {
  const zone = target.split('/zoneinfo/')[1];
  return zone && isZoneName(zone) ? zone : null;
}

function isZoneName(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
