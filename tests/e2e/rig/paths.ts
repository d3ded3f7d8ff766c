import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../..');
/** The built renderer (`npm run build`). */
export const RENDERER_DIR = resolve(REPO_ROOT, 'out/renderer');
/** The page-side bridge, bundled by the global setup. */
export const PAGE_BRIDGE_BUNDLE = resolve(REPO_ROOT, 'out/test-rig/pageBridge.js');
