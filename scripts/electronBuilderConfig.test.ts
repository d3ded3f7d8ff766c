/**
 * electron-builder.yml, checked without building anything: it must pass electron-builder's own schema, and
 * the fuses that keep the packaged app from being turned into something else must stay set.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const require = createRequire(join(root, 'package.json'));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: unknown;
  electronFuses?: Record<string, boolean>;
  publish?: unknown;
  linux?: { target?: string[]; category?: string };
  mac?: { target?: string; category?: string };
  win?: { target?: string };
}

// electron-builder's own loader and validator (internal modules of the pinned 26.17 release).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown };

const loaded = getConfig(root, 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(await loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('keeps the fuses that stop the app being run as Node, inspected or loaded from outside its archive', async () => {
    expect((await loaded).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app, in an archive, and publishes nothing', async () => {
    const config = await loaded;
    expect(config).toMatchObject({ appId: 'app.hearth.journal', productName: 'Hearth', asar: true, publish: null });
    // The loader normalises the list into one file set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
  });

  it('targets AppImage and deb, dmg, and nsis', async () => {
    const config = await loaded;
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.lifestyle' });
    expect(config.win).toMatchObject({ target: 'nsis' });
  });
});
