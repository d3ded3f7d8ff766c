/**
 * Before the end-to-end run: make sure the renderer is built, and bundle the rig's page bridge (the stand-in
 * for the preload) with the same shared/ code the preload uses.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PAGE_BRIDGE_BUNDLE, RENDERER_DIR } from './paths';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it for you).');
  }
  await build({
    entryPoints: [join(__dirname, 'pageBridge.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: PAGE_BRIDGE_BUNDLE,
    logLevel: 'warning',
  });
}
