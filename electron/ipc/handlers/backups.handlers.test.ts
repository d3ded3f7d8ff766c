import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_CHARS } from '@shared/backup/backupFile';
import { APP_ORIGIN } from '@shared/security/appOrigin';
import { createMainRuntime } from '../../mainServices';
import { RecordingPlatform } from '../../platform/recordingPlatform';
import { backupText } from '../../testing/backupFixtures';

const page = `${APP_ORIGIN}/index.html#/settings`;

async function runtime() {
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-backup-ipc-'));
  return createMainRuntime({ platform: new RecordingPlatform(), dataDir, trustedOrigin: APP_ORIGIN });
}

describe('the backups channels', () => {
  it('write a whole backup from the app page and list it', async () => {
    const { dispatcher } = await runtime();
    const written = await dispatcher.dispatch(page, 'backups:write', { text: backupText() });
    expect(written).toMatchObject({ ok: true });
    const status = await dispatcher.dispatch(page, 'backups:status', {});
    expect(status).toMatchObject({ ok: true, value: { backups: [{ name: (written as { value: { name: string } }).value.name }] } });
  });

  it('refuse a sender from another origin before anything is written', async () => {
    const { dispatcher } = await runtime();
    expect(await dispatcher.dispatch('https://evil.example/', 'backups:write', { text: backupText() })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(await dispatcher.dispatch(page, 'backups:status', {})).toMatchObject({ value: { backups: [] } });
  });

  it('refuse text over the size cap, and text that is not a whole backup, in words a person can read', async () => {
    const { dispatcher } = await runtime();
    expect(await dispatcher.dispatch(page, 'backups:write', { text: 'x'.repeat(MAX_BACKUP_CHARS + 1) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await dispatcher.dispatch(page, 'backups:write', { text: backupText().slice(0, -5) })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'That is not a complete Hearth backup, so it was not saved.' },
    });
  });

  it('read only names shaped like a backup’s, never a path', async () => {
    const { dispatcher } = await runtime();
    expect(await dispatcher.dispatch(page, 'backups:read', { name: '../settings.json' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
