/**
 * Kills every Chromium process of one profile with SIGKILL, as a crash or a power cut would: no unload
 * handler runs and nothing is flushed. Found through /proc (Linux, where the tests run), by the profile
 * folder Playwright passes as `--user-data-dir`, so no other test's browser is touched.
 */
import { readdirSync, readFileSync } from 'node:fs';

export function killBrowserOfProfile(profileDir: string): number {
  let killed = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // The process ended meanwhile.
    }
    if (!commandLine.split('\0').includes(`--user-data-dir=${profileDir}`)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed += 1;
    } catch {
      // Already gone.
    }
  }
  return killed;
}
