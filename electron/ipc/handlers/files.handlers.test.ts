import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../../platform/recordingPlatform';
import { filesHandlers } from './files.handlers';

describe('files:saveText', () => {
  it('writes only where the person chose, readable by them alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-save-'));
    const platform = new RecordingPlatform();
    platform.savePathAnswers.push(join(dir, 'key.txt'));
    const save = filesHandlers(platform)['files:saveText'];
    await expect(save({ suggestedName: 'hearth-recovery-key.txt', text: 'ABCD-EFGH' })).resolves.toBe('saved');
    expect(await readFile(join(dir, 'key.txt'), 'utf8')).toBe('ABCD-EFGH\n');
    expect((await stat(join(dir, 'key.txt'))).mode & 0o777).toBe(0o600);
    expect(platform.saveRequests[0]).toMatchObject({ suggestedName: 'hearth-recovery-key.txt' });
  });

  it('writes nothing when the person cancels', async () => {
    const platform = new RecordingPlatform();
    await expect(filesHandlers(platform)['files:saveText']({ suggestedName: 'a.txt', text: 'x' })).resolves.toBe('cancelled');
  });
});
