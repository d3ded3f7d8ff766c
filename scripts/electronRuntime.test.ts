import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronRuntime, missingRuntimeMessage, platformExecutable } from './electronRuntime.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder with the electron package, and optionally what its installer would leave behind. */
function project(options: { pathTxt?: string; binary?: string; hasPackage?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'hearth-runtime-'));
  made.push(root);
  const packageDir = join(root, 'node_modules', 'electron');
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  if (options.hasPackage !== false) writeFileSync(join(packageDir, 'package.json'), '{"version":"45.5.0"}');
  if (options.pathTxt !== undefined) writeFileSync(join(packageDir, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(join(packageDir, 'dist', options.binary), '');
  return root;
}

describe('findElectronRuntime', () => {
  it('finds the executable path.txt names under dist/', () => {
    const root = project({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronRuntime(root, {}, 'linux')).toEqual({
      found: true,
      executablePath: join(root, 'node_modules', 'electron', 'dist', 'electron'),
      source: 'node_modules/electron',
    });
  });

  it('reports a runtime that was never downloaded (no path.txt), as on this machine', () => {
    const result = findElectronRuntime(project(), {}, 'linux');
    expect(result.found).toBe(false);
    expect(!result.found && result.reason).toMatch(/never downloaded/);
  });

  it('reports a path.txt whose executable is gone', () => {
    const result = findElectronRuntime(project({ pathTxt: 'electron' }), {}, 'linux');
    expect(!result.found && result.reason).toMatch(/does not exist/);
  });

  it('reports a missing electron package', () => {
    const result = findElectronRuntime(project({ hasPackage: false }), {}, 'linux');
    expect(!result.found && result.reason).toMatch(/npm ci/);
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH, with the platform executable name when path.txt is absent', () => {
    const dist = mkdtempSync(join(tmpdir(), 'hearth-dist-'));
    made.push(dist);
    writeFileSync(join(dist, 'electron.exe'), '');
    const root = project();
    expect(findElectronRuntime(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'win32')).toMatchObject({
      found: true,
      executablePath: join(dist, 'electron.exe'),
    });
    expect(findElectronRuntime(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux').found).toBe(false);
  });

  it('prefers ELECTRON_EXEC_PATH, and checks that it exists', () => {
    const root = project({ pathTxt: 'electron', binary: 'electron' });
    const binary = join(root, 'node_modules', 'electron', 'dist', 'electron');
    expect(findElectronRuntime(root, { ELECTRON_EXEC_PATH: binary }, 'linux')).toMatchObject({ found: true, source: 'ELECTRON_EXEC_PATH' });
    expect(findElectronRuntime(root, { ELECTRON_EXEC_PATH: join(root, 'nope') }, 'linux').found).toBe(false);
  });

  it('names the executable as the electron installer does', () => {
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('linux')).toBe('electron');
  });
});

describe('npm start without the runtime', () => {
  it('says what is missing and how to get it, in two lines, and exits 1 without a stack trace', () => {
    const result = spawnSync(process.execPath, [join(__dirname, 'start.mjs')], {
      encoding: 'utf8',
      // Point at a runtime that cannot exist, so the test means the same on a machine that has Electron.
      env: { ...process.env, ELECTRON_EXEC_PATH: join(tmpdir(), 'hearth-no-such-electron') },
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Hearth cannot start: .*hearth-no-such-electron/);
    expect(lines[1]).toBe(missingRuntimeMessage('any reason')[1]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
