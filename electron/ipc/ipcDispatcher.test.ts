import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';
import { DEFAULT_SETTINGS } from '@shared/settings/settings';
import { APP_ORIGIN } from '@shared/security/appOrigin';
import { createIpcDispatcher, type Handlers } from './ipcDispatcher';
import { ExpectedError } from './ExpectedError';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:getInfo': () => ({ name: 'Hearth', version: '1.0.0', platform: 'linux', isPackaged: false }),
    'settings:get': () => DEFAULT_SETTINGS,
    'settings:update': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    'links:openExternal': () => 'declined',
    'keychain:getStatus': () => ({ availability: 'available' }),
    'keychain:remember': () => undefined,
    'keychain:recall': () => null,
    'keychain:forget': () => undefined,
    'files:saveText': () => 'cancelled',
    'window:lastExit': () => 'normal',
    'pdf:save': () => 'cancelled',
    'pdf:cancel': () => undefined,
    'backups:status': () => ({ folder: '/tmp', isDefaultFolder: true, keep: 14, backups: [] }),
    'backups:write': () => ({ name: 'hearth-backup-2026-12-02T08-40-25-123Z.hearthbackup', createdAt: 0, sizeBytes: 1 }),
    'backups:read': () => '',
    'backups:openFile': () => null,
    'backups:chooseFolder': () => null,
    'backups:updatePolicy': () => ({ folder: '/tmp', isDefaultFolder: true, keep: 14, backups: [] }),
    'dataExport:save': () => 'cancelled',
    'dataExport:open': () => null,
    'reminders:getStatus': () => ({ next: null, pause: null, waiting: null, timeZone: 'UTC', now: 0 }),
    'reminders:pause': () => undefined,
    'reminders:resume': () => undefined,
    'reminders:setPlannedPractice': () => undefined,
    'settings:takeNotice': () => null,
    ...overrides,
  };
}

const page = `${APP_ORIGIN}/index.html#/today`;

describe('the IPC dispatcher', () => {
  it('answers a valid call from the app page', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), trustedOrigin: APP_ORIGIN });
    await expect(dispatcher.dispatch(page, 'settings:update', { theme: 'dark' })).resolves.toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'dark' },
    });
  });

  it.each([
    ['no sender', undefined],
    ['another site', 'https://evil.example/'],
    ['a look-alike host', 'app://hearth.evil/index.html'],
    ['user info before another host', 'app://hearth@evil/index.html'],
    ['a file page', 'file:///etc/passwd'],
    ['a data page', 'data:text/html,hi'],
    ['about:blank', 'about:blank'],
  ])('refuses %s and never runs the handler', async (_label, sender) => {
    const update = vi.fn();
    const dispatcher = createIpcDispatcher({ handlers: handlers({ 'settings:update': update }), trustedOrigin: APP_ORIGIN });
    const result = await dispatcher.dispatch(sender, 'settings:update', { theme: 'dark' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(update).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown key', { theme: 'dark', nodeIntegration: true }],
    ['a wrong value', { theme: 'purple' }],
    ['a wrong type', { reduceMotion: 'yes' }],
    ['not an object', 'dark'],
    ['null', null],
    ['an array', [1, 2]],
  ])('refuses input with %s as INVALID_INPUT, without echoing it', async (_label, input) => {
    const update = vi.fn();
    const dispatcher = createIpcDispatcher({ handlers: handlers({ 'settings:update': update }), trustedOrigin: APP_ORIGIN });
    const result = await dispatcher.dispatch(page, 'settings:update', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(result)).not.toContain('purple');
    expect(update).not.toHaveBeenCalled();
  });

  it.each([
    ['a path instead of a file name', { suggestedName: '../../.bashrc.txt', text: 'x' }],
    ['another kind of file', { suggestedName: 'key.sh', text: 'x' }],
    ['empty text', { suggestedName: 'key.txt', text: '' }],
  ])('refuses to save a file with %s', async (_label, input) => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), trustedOrigin: APP_ORIGIN });
    await expect(dispatcher.dispatch(page, 'files:saveText', input)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a remembered key that is not a 32-byte key', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), trustedOrigin: APP_ORIGIN });
    const input = { vaultId: '3f2b6c1e-9a4d-4e5f-8a6b-7c8d9e0f1a2b', partner: 'a', secretB64: 'c2hvcnQ=' };
    await expect(dispatcher.dispatch(page, 'keychain:remember', input)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a channel that is not in the contract', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), trustedOrigin: APP_ORIGIN });
    for (const channel of ['fs:readFile', '__proto__', 'constructor', 42]) {
      await expect(dispatcher.dispatch(page, channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('turns a handler crash into a neutral INTERNAL error that leaks nothing', async () => {
    const onInternalError = vi.fn();
    const dispatcher = createIpcDispatcher({
      handlers: handlers({ 'settings:get': () => { throw new Error('secret words someone wrote'); } }),
      trustedOrigin: APP_ORIGIN,
      onInternalError,
    });
    const result = await dispatcher.dispatch(page, 'settings:get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(onInternalError).toHaveBeenCalledWith('settings:get', expect.any(Error));
  });

  it('passes an expected error through with its code and message', async () => {
    const dispatcher = createIpcDispatcher({
      handlers: handlers({ 'links:openExternal': () => { throw new ExpectedError('NOT_ALLOWED', 'Only https.'); } }),
      trustedOrigin: APP_ORIGIN,
    });
    await expect(dispatcher.dispatch(page, 'links:openExternal', { url: 'http://x.example' })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: 'Only https.' },
    });
  });

  it('trusts whatever origin it is given, so the test rig can stand in for app://hearth', async () => {
    const dispatcher = createIpcDispatcher({ handlers: handlers(), trustedOrigin: 'http://127.0.0.1:4173' });
    await expect(dispatcher.dispatch('http://127.0.0.1:4173/index.html', 'settings:get', {})).resolves.toMatchObject({ ok: true });
    await expect(dispatcher.dispatch('http://127.0.0.1:4174/index.html', 'settings:get', {})).resolves.toMatchObject({ ok: false });
    await expect(dispatcher.dispatch(page, 'settings:get', {})).resolves.toMatchObject({ ok: false });
  });

  it('has a handler for every channel in the contract', () => {
    expect(Object.keys(handlers()).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });
});

describe('pdf:save through the dispatcher', () => {
  it('refuses a document from another page, and an oversized one, before anything is asked or printed', async () => {
    const save = vi.fn(() => 'saved' as const);
    const dispatcher = createIpcDispatcher({ handlers: handlers({ 'pdf:save': save }), trustedOrigin: APP_ORIGIN });
    const input = { jobId: '6f1c2b1e-4a57-4d2b-9a55-0d6b1f3c2e10', kind: 'journal', suggestedName: 'a.pdf', html: '<p>x</p>' };
    await expect(dispatcher.dispatch('https://evil.example/', 'pdf:save', input)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const oversized = { ...input, html: 'x'.repeat(64_000_001) };
    await expect(dispatcher.dispatch(page, 'pdf:save', oversized)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(save).not.toHaveBeenCalled();
  });
});
