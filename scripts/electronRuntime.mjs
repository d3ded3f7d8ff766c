/**
 * Finds Electron's runtime (the binary) without ever triggering its download.
 *
 * `require('electron')`, `npx electron` and Playwright's `_electron.launch()` without a path all download the
 * binary when it is missing, and that download fails on machines without internet access. This reads only
 * what the installer leaves behind: `node_modules/electron/path.txt` names the executable inside
 * `node_modules/electron/dist/`. Two variables override it: ELECTRON_EXEC_PATH (electron-vite's own, the
 * executable itself) and ELECTRON_OVERRIDE_DIST_PATH (the electron package's, a folder with an unpacked
 * Electron). Used by scripts/start.mjs and tests/electron/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The executable's path inside an Electron folder, as the electron package's installer names it. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * @param {string} rootDir the project folder (holding node_modules/)
 * @param {Record<string, string | undefined>} env usually process.env
 * @param {string} platform usually process.platform
 * @returns {{ found: true, executablePath: string, source: string } | { found: false, reason: string }}
 */
export function findElectronRuntime(rootDir, env = process.env, platform = process.platform) {
  if (env.ELECTRON_EXEC_PATH) {
    return existing(env.ELECTRON_EXEC_PATH, 'ELECTRON_EXEC_PATH');
  }
  const packageDir = join(rootDir, 'node_modules', 'electron');
  const named = readPathTxt(packageDir);
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return existing(join(env.ELECTRON_OVERRIDE_DIST_PATH, named ?? platformExecutable(platform)), 'ELECTRON_OVERRIDE_DIST_PATH');
  }
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { found: false, reason: 'the electron package is not installed (run npm ci)' };
  }
  if (named === undefined) {
    return { found: false, reason: "Electron's runtime was never downloaded (node_modules/electron/path.txt is missing)" };
  }
  return existing(join(packageDir, 'dist', named), 'node_modules/electron');
}

function readPathTxt(packageDir) {
  try {
    const text = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

function existing(executablePath, source) {
  return existsSync(executablePath)
    ? { found: true, executablePath, source }
    : { found: false, reason: `Electron's runtime is missing: ${executablePath} does not exist (from ${source})` };
}

/** The two lines to show a person when the runtime is missing: what is missing, and how to get it. */
export function missingRuntimeMessage(reason) {
  return [
    `Hearth cannot start: ${reason}.`,
    'To get it, run `npx electron --version` once on a machine with internet access (it downloads the runtime), or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron 45.',
  ];
}
