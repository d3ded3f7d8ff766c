import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings/settings';
import { SETTINGS_FILE, SettingsStore } from './settingsStore';

async function dataDir() {
  return mkdtemp(join(tmpdir(), 'hearth-settings-'));
}

describe('SettingsStore', () => {
  it('starts from the defaults and keeps an update across a restart', async () => {
    const dir = await dataDir();
    expect(await new SettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    await new SettingsStore(dir).update({ theme: 'dark', textSize: 'large' });
    expect(await new SettingsStore(dir).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' });
  });

  it('refuses an invalid value and keeps the file as it was', async () => {
    const dir = await dataDir();
    const store = new SettingsStore(dir);
    await store.update({ theme: 'light' });
    const before = await readFile(join(dir, SETTINGS_FILE), 'utf8');
    await expect(store.update({ theme: 'neon' } as never)).rejects.toThrow();
    expect(await readFile(join(dir, SETTINGS_FILE), 'utf8')).toBe(before);
  });

  it('sets an unreadable file aside instead of deleting it, and uses the defaults', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, SETTINGS_FILE), '{ not json');
    expect(await new SettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    const kept = (await readdir(dir)).filter((name) => name.startsWith(`${SETTINGS_FILE}.unreadable-`));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe('{ not json');
  });

  it('leaves no temporary files behind after concurrent updates', async () => {
    const dir = await dataDir();
    const store = new SettingsStore(dir);
    await Promise.all([store.update({ theme: 'dark' }), store.update({ textSize: 'small' }), store.update({ reduceMotion: true })]);
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
    expect(await new SettingsStore(dir).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'small', reduceMotion: true });
  });
});
