import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../../platform/recordingPlatform';
import { dataExportHandlers } from './dataExport.handlers';

describe('the open export’s files', () => {
  it('saves only where the person chose, readable by them alone, and says the file is not encrypted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-export-'));
    const platform = new RecordingPlatform();
    platform.savePathAnswers.push(join(dir, 'mine.json'));
    const save = dataExportHandlers(platform)['dataExport:save'];
    await expect(save({ suggestedName: 'hearth-export-2026-12-02.json', text: '{"format":"hearth-export"}' })).resolves.toBe('saved');
    expect(await readFile(join(dir, 'mine.json'), 'utf8')).toBe('{"format":"hearth-export"}');
    expect((await stat(join(dir, 'mine.json'))).mode & 0o777).toBe(0o600);
    expect(platform.saveRequests[0]?.title).toContain('not encrypted');
    await expect(save({ suggestedName: 'a.json', text: 'x' })).resolves.toBe('cancelled');
  });

  it('opens a file the person picks, and nothing when they cancel', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-import-'));
    await writeFile(join(dir, 'old.json'), '{}');
    const platform = new RecordingPlatform();
    platform.openPathAnswers.push(join(dir, 'old.json'));
    const open = dataExportHandlers(platform)['dataExport:open'];
    await expect(open({})).resolves.toEqual({ name: 'old.json', text: '{}' });
    expect(platform.openRequests[0]).toMatchObject({ extensions: ['json'] });
    await expect(open({})).resolves.toBeNull();
  });
});
