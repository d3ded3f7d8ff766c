import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBackupLines } from '@shared/backup/backupFile';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { backupText } from '../testing/backupFixtures';
import { BackupReadError, BackupRefusedError, BackupService, listBackups } from './backupService';

async function setUp(startAt = Date.UTC(2026, 11, 2, 8, 0)) {
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-backups-'));
  let now = startAt;
  const platform = new RecordingPlatform({ now: () => now });
  const service = new BackupService(platform, dataDir);
  const later = (ms: number) => void (now += ms);
  return { dataDir, platform, service, later, folder: join(dataDir, 'backups') };
}

const DAY = 24 * 60 * 60 * 1000;

describe('BackupService', () => {
  it('writes a backup into the app’s data folder, readable by the person alone, and reads back the same text', async () => {
    const { service, folder } = await setUp();
    const text = backupText();
    const entry = await service.write(text);
    expect(entry).toEqual({ name: 'hearth-backup-2026-12-02T08-00-00-000Z.hearthbackup', createdAt: Date.UTC(2026, 11, 2, 8, 0), sizeBytes: text.length });
    expect(await readFile(join(folder, entry.name), 'utf8')).toBe(text);
    expect((await stat(join(folder, entry.name))).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual([entry.name]);
    expect(await service.read(entry.name)).toBe(text);
    expect(await service.status()).toMatchObject({ folder, isDefaultFolder: true, keep: 14, backups: [entry] });
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, -20)],
    ['with a changed record', (text: string) => text.replace('"createdAt":0,', '"createdAt":5,')],
    ['not a backup at all', () => 'Dear diary,\n'],
  ])('refuses text %s and writes nothing', async (_name, spoil) => {
    const { service, folder } = await setUp();
    await expect(service.write(spoil(backupText()))).rejects.toBeInstanceOf(BackupRefusedError);
    expect(await listBackups(folder)).toEqual([]);
  });

  it('keeps only the newest 14 by default, and never touches other files in the folder', async () => {
    const { service, folder, later } = await setUp();
    await service.write(backupText());
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const names: string[] = [];
    for (let day = 0; day < 16; day++) {
      later(DAY);
      names.push((await service.write(backupText())).name);
    }
    const kept = (await service.status()).backups.map((backup) => backup.name);
    expect(kept).toEqual(names.slice(-14).reverse());
    expect((await readdir(folder)).sort()).toEqual([...kept, 'notes.txt'].sort());
  });

  it('keeps as many as the person chooses, removing none until the next backup is written', async () => {
    const { service, later } = await setUp();
    for (let day = 0; day < 5; day++) {
      later(DAY);
      await service.write(backupText());
    }
    expect(await service.updatePolicy({ keep: 2 })).toMatchObject({ keep: 2, backups: { length: 5 } });
    later(DAY);
    const newest = await service.write(backupText());
    expect((await service.status()).backups.map((backup) => backup.name)).toEqual([newest.name, expect.any(String)]);
  });

  it('writes to a folder the person picks, and goes back to the app’s folder when asked', async () => {
    const { service, platform, dataDir } = await setUp();
    const chosen = await mkdtemp(join(tmpdir(), 'hearth-synced-'));
    platform.folderAnswers.push(chosen);
    expect(await service.chooseFolder()).toMatchObject({ folder: chosen, isDefaultFolder: false });
    const entry = await service.write(backupText());
    expect(await readdir(chosen)).toEqual([entry.name]);
    expect(await service.chooseFolder()).toBeNull();
    expect((await service.status()).folder).toBe(chosen);
    expect(await service.updatePolicy({ useDefaultFolder: true })).toMatchObject({ folder: join(dataDir, 'backups'), isDefaultFolder: true, backups: [] });
  });

  it('opens a file the person picks, and nothing when they cancel', async () => {
    const { service, platform, dataDir } = await setUp();
    const path = join(dataDir, 'old.hearthbackup');
    await writeFile(path, 'anything at all');
    platform.openPathAnswers.push(path);
    expect(await service.openFile()).toEqual({ name: 'old.hearthbackup', text: 'anything at all' });
    expect(platform.openRequests[0]).toMatchObject({ extensions: ['hearthbackup'] });
    expect(await service.openFile()).toBeNull();
  });

  it('reads only backups by their name in the backup folder', async () => {
    const { service } = await setUp();
    await expect(service.read('../settings.json')).rejects.toBeInstanceOf(BackupReadError);
    await expect(service.read('hearth-backup-2026-12-02T08-00-00-000Z.hearthbackup')).rejects.toBeInstanceOf(BackupReadError);
  });

  it('leaves earlier backups whole and counts no half-written file when killed mid-write', { timeout: 60_000 }, async () => {
    const { dataDir, service, folder } = await setUp(Date.UTC(2020, 0, 1));
    const earlier = backupText(3);
    const first = await service.write(earlier);
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../testing/writeBackupsUntilKilled.ts'), dataDir], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Kill it while a temporary file is being written: the moment a crash would do the most harm.
    const deadline = Date.now() + 45_000;
    while (!(await readdir(folder)).some((name) => name.endsWith('.partial'))) {
      if (Date.now() > deadline) throw new Error('The writer never started a backup.');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    child.kill('SIGKILL');
    await exited;

    const listed = await listBackups(folder);
    expect(listed.map((backup) => backup.name)).toContain(first.name);
    expect(await readFile(join(folder, first.name), 'utf8')).toBe(earlier);
    for (const backup of listed) {
      const lines = splitBackupLines(await readFile(join(folder, backup.name), 'utf8'));
      expect(createHash('sha256').update(lines.body, 'utf8').digest('hex'), `${backup.name} is whole`).toBe(lines.trailer.sha256);
    }
    // The next backup clears what the crash left behind.
    await service.write(backupText());
    expect((await readdir(folder)).some((name) => name.endsWith('.partial'))).toBe(false);
  });
});
