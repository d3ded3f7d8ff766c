import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
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

describe('SettingsStore with a bad settings file', () => {
  const settingsV1 = JSON.stringify({ theme: 'dark', textSize: 'large', reduceMotion: false, autoLockMinutes: 10 });
  it.each([
    ['truncated', (file: string) => writeFile(file, settingsV1.slice(0, 30))],
    ['garbage', (file: string) => writeFile(file, Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]))],
    ['of the wrong shape', (file: string) => writeFile(file, JSON.stringify({ theme: 'neon', extra: 'kept?' }))],
    // A folder where the file should be: reading fails (as permissions would, but root ignores those).
    ['unreadable', (file: string) => mkdir(file)],
  ])('when %s: defaults, the bad file kept, and one notice saying where', async (_case, spoil) => {
    const dir = await dataDir();
    await spoil(join(dir, SETTINGS_FILE));
    const store = new SettingsStore(dir);
    // Asked by several at once, as at start: still one file set aside, and one notice that names it.
    const [first, second] = await Promise.all([store.get(), store.get()]);
    expect([first, second]).toEqual([DEFAULT_SETTINGS, DEFAULT_SETTINGS]);
    const kept = (await readdir(dir)).filter((name) => name.startsWith(`${SETTINGS_FILE}.unreadable-`));
    expect(kept).toHaveLength(1);
    expect(await store.takeNotice()).toEqual({ problem: 'unreadable-file', keptAs: join(dir, kept[0]!) });
    expect(await store.takeNotice()).toBeNull();
  });

  it('reads a file from before reminders existed, filling in their defaults (no notice)', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, SETTINGS_FILE), settingsV1);
    const store = new SettingsStore(dir);
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large', autoLockMinutes: 10 });
    expect(await store.takeNotice()).toBeNull();
  });

  it('when a write fails (the disk is full), keeps the old file whole and rejects, so the page can say so', async () => {
    const dir = await dataDir();
    const store = new SettingsStore(dir);
    await store.update({ theme: 'dark' });
    const before = await readFile(join(dir, SETTINGS_FILE), 'utf8');
    // The temporary file cannot be made: a folder already holds its name, as a full disk refuses a new file.
    await mkdir(join(dir, `${SETTINGS_FILE}.${process.pid}.tmp`));
    await expect(store.update({ theme: 'light' })).rejects.toThrow();
    expect(await readFile(join(dir, SETTINGS_FILE), 'utf8')).toBe(before);
    expect((await store.get()).theme).toBe('dark');
  });
});
