#!/usr/bin/env node
/**
 * `npm start` (and `npm run dev` with --dev): builds and launches Hearth in Electron.
 *
 * Checks for Electron's runtime first, without triggering its download (scripts/electronRuntime.mjs); when
 * it is missing, says so in two plain lines and exits 1, with no stack trace. Otherwise runs
 * `electron-vite preview` (which builds main, preload and renderer, then launches the built app) or, with
 * --dev, `electron-vite dev` (the renderer from Vite's dev server, reloading as files change).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime, missingRuntimeMessage } from './electronRuntime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runtime = findElectronRuntime(root);
if (!runtime.found) {
  for (const line of missingRuntimeMessage(runtime.reason)) console.error(line);
  process.exit(1);
}

const command = process.argv.includes('--dev') ? 'dev' : 'preview';
const electronVite = createRequire(join(root, 'package.json')).resolve('electron-vite/bin/electron-vite.js');
// electron-vite finds Electron through path.txt or ELECTRON_EXEC_PATH only; hand it the runtime found here
// so ELECTRON_OVERRIDE_DIST_PATH works too.
const child = spawn(process.execPath, [electronVite, command], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: runtime.executablePath },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
