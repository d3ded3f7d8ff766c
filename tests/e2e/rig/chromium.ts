/**
 * Debian's Chromium, as the rig launches it: Playwright cannot download its own browsers here. The
 * background-networking flags stop Chromium itself from reaching out, so every request the rig records
 * comes from the app.
 */
import { execFileSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

let cached: string | undefined;

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  cached ??= execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  if (!cached) throw new Error('Chromium was not found: install it with `apt-get install -y chromium`.');
  return cached;
}
