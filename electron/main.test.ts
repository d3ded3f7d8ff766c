/**
 * main.ts's wiring, run against a stand-in for Electron (electron/testing/fakeElectron.ts): what is set up
 * before the app is ready, and that the window, session, IPC and tray are joined as the design says. The
 * rules themselves are tested in security/ and services/; this checks they are actually applied.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';
import { APP_ENTRY_URL } from '@shared/security/appOrigin';
import { CONTENT_SECURITY_POLICY } from '@shared/security/contentSecurityPolicy';
import { createFakeElectron, type AppMenuItem, type FakeElectronOptions } from './testing/fakeElectron';

const dataDirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock('electron');
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Loads main.ts afresh against a new fake Electron. */
async function startMain(options: FakeElectronOptions = {}) {
  const userData = mkdtempSync(join(tmpdir(), 'hearth-main-'));
  dataDirs.push(userData);
  const fake = createFakeElectron({ userData, ...options });
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('./main');
  return fake;
}

async function readyMain(options: FakeElectronOptions = {}) {
  const fake = await startMain(options);
  await fake.becomeReady();
  return fake;
}

const fromPage = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('before the app is ready', () => {
  it('registers app:// as a standard, secure scheme, sandboxes every renderer and takes the single-instance lock', async () => {
    const fake = await startMain();
    expect(fake.calls).toEqual(['protocol.registerSchemesAsPrivileged', 'app.enableSandbox', 'app.requestSingleInstanceLock']);
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(fake.windows).toHaveLength(0);
  });

  it('quits, and sets nothing else up, when another Hearth is running', async () => {
    const fake = await readyMain({ hasSingleInstanceLock: false });
    expect(fake.calls).toContain('app.quit');
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });
});

describe('once ready', () => {
  it('opens the window on the app origin, hidden until its first paint', async () => {
    const fake = await readyMain();
    const [window] = fake.windows;
    expect(window?.loadedUrl).toBe(APP_ENTRY_URL);
    expect(window?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, devTools: false } });
    expect(window?.isShown).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.isShown).toBe(true);
  });

  it('started at login (--hidden), loads the page but waits in the tray until the person opens it', async () => {
    process.argv.push('--hidden');
    try {
      const fake = await readyMain();
      const [window] = fake.windows;
      expect(window?.loadedUrl).toBe(APP_ENTRY_URL);
      window?.emit('ready-to-show');
      expect(window?.isShown).toBe(false);
      fake.tray.menu.find((item) => item.label === 'Open Hearth')?.click?.();
      expect(window?.isShown).toBe(true);
      expect(fake.windows).toHaveLength(1);
    } finally {
      process.argv.splice(process.argv.indexOf('--hidden'), 1);
    }
  });

  it('serves the renderer through app:// with the CSP header', async () => {
    const fake = await readyMain();
    const handler = fake.protocolHandlers.get('app');
    const response = (await handler?.(new Request('app://hearth/index.html'))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const refused = (await handler?.(new Request('app://hearth/..%2fpackage.json'))) as Response;
    expect(refused.status).toBe(403);
  });

  it('refuses every permission but the page’s own two, cancels requests off the origin and turns the spell-checker off', async () => {
    const { defaultSession } = await readyMain();
    const granted = vi.fn();
    defaultSession.permissionRequest?.({}, 'media', granted, { requestingUrl: 'app://hearth/index.html' });
    defaultSession.permissionRequest?.({}, 'clipboard-sanitized-write', granted, { requestingUrl: 'app://hearth/index.html' });
    defaultSession.permissionRequest?.({}, 'clipboard-sanitized-write', granted, { requestingUrl: 'https://evil.example/' });
    expect(granted.mock.calls).toEqual([[false], [true], [false]]);
    expect(defaultSession.permissionCheck?.({}, 'notifications', 'app://hearth', {})).toBe(false);
    expect(defaultSession.permissionCheck?.({}, 'persistent-storage', 'app://hearth', {})).toBe(true);
    expect(defaultSession.devicePermission?.({})).toBe(false);
    const answer = vi.fn();
    defaultSession.beforeRequest?.({ url: 'https://evil.example/' }, answer);
    defaultSession.beforeRequest?.({ url: 'app://hearth/assets/app.js' }, answer);
    expect(answer.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
    expect(defaultSession.spellCheckerEnabled).toBe(false);
    expect(defaultSession.dictionaryUrl).toMatch(/^app:\/\/hearth\//);
  });

  it('guards every web contents: no navigation away, no webview, no new window', async () => {
    const fake = await readyMain();
    const contents = fake.createWebContents();
    const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
    const home = { url: 'app://hearth/index.html#/journal', preventDefault: vi.fn() };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      contents.emit(event, away);
      contents.emit(event, home);
    }
    expect(away.preventDefault).toHaveBeenCalledTimes(3);
    expect(home.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
  });

  it('answers every channel, and only for the app page’s top frame', async () => {
    const fake = await readyMain();
    expect([...fake.ipcHandlers.keys()]).toEqual([...INVOKE_CHANNELS]);
    const getInfo = fake.ipcHandlers.get('app:getInfo');
    expect(await getInfo?.(fromPage('app://hearth/index.html'), {})).toMatchObject({ ok: true, value: { name: 'Hearth' } });
    for (const event of [fromPage('https://evil.example/'), fromPage('app://hearth/index.html', {}), { senderFrame: null }]) {
      expect(await getInfo?.(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('hides the window to the tray when closed, and locks from the tray and on sleep', async () => {
    const fake = await readyMain();
    const [window] = fake.windows;
    expect(window?.close()).toBe(false);
    expect(fake.tray.menu.map((item) => item.label ?? item.type)).toEqual([
      'Open Hearth',
      "Write tonight's appreciation",
      'Check in',
      'Start the 20-minute talk',
      'separator',
      'Pause reminders for an hour',
      'Pause reminders until tomorrow',
      'Resume reminders',
      'separator',
      'Lock now',
      'Quit Hearth',
    ]);
    fake.tray.menu.find((item) => item.label === 'Lock now')?.click?.();
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('lock-screen');
    expect(window?.webContents.sent.map((sent) => sent.payload)).toEqual([
      { reason: 'tray' },
      { reason: 'suspend' },
      { reason: 'lock-screen' },
    ]);
  });

  it("on Windows, sets the app's user model id (electron-builder.yml's appId) before anything can notify", async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      const fake = await readyMain();
      expect(fake.calls).toContain('app.setAppUserModelId app.hearth.journal');
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('really closes the window when quitting from the tray', async () => {
    const fake = await readyMain();
    fake.tray.menu.find((item) => item.label === 'Quit Hearth')?.click?.();
    expect(fake.calls).toContain('app.quit');
    fake.module.app.emit('before-quit');
    expect(fake.windows[0]?.close()).toBe(true);
  });
});

describe('the application menu', () => {
  const roles = (items: AppMenuItem[]): string[] =>
    items.flatMap((item) => [item.role ?? item.label ?? '', ...roles(item.submenu ?? [])]);

  it('is set once ready, without Reload or developer tools, and File › Lock locks', async () => {
    const fake = await readyMain();
    expect(fake.calls.indexOf('Menu.setApplicationMenu')).toBeGreaterThan(-1);
    expect(roles(fake.appMenu.items)).not.toContain('reload');
    expect(roles(fake.appMenu.items)).not.toContain('toggleDevTools');
    const file = fake.appMenu.items.find((item) => item.label === '&File');
    file?.submenu?.find((item) => item.label === 'Lock Hearth')?.click?.();
    expect(fake.windows[0]?.webContents.sent).toEqual([{ channel: 'session:didRequestLock', payload: { reason: 'menu' } }]);
  });

  it('has Reload and developer tools when running from source with the dev server', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const fake = await readyMain();
    expect(roles(fake.appMenu.items)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('a page that crashes', () => {
  it('is reloaded on the app origin, and the new page hears once that it was reopened', async () => {
    const fake = await readyMain();
    const [window] = fake.windows;
    window?.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window?.loadedUrls).toEqual([APP_ENTRY_URL, APP_ENTRY_URL]);
    const lastExit = fake.ipcHandlers.get('window:lastExit');
    expect(await lastExit?.(fromPage(APP_ENTRY_URL), {})).toEqual({ ok: true, value: 'crashed' });
    expect(await lastExit?.(fromPage(APP_ENTRY_URL), {})).toEqual({ ok: true, value: 'normal' });
  });

  it('shows the stopped page, not the app, after three reloads in a minute', async () => {
    const fake = await readyMain();
    const [window] = fake.windows;
    for (let i = 0; i < 4; i += 1) window?.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window?.loadedUrls.at(-1)).toBe('app://hearth/stopped.html');
    expect(window?.loadedUrls).toHaveLength(5);
  });

  it('is left alone while the app quits', async () => {
    const fake = await readyMain();
    fake.module.app.emit('before-quit');
    fake.windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(fake.windows[0]?.loadedUrls).toHaveLength(1);
  });
});

describe('a second launch', () => {
  it('brings the running window forward instead of opening another', async () => {
    const fake = await readyMain();
    const [window] = fake.windows;
    window?.hide();
    fake.module.app.emit('second-instance');
    expect(fake.windows).toHaveLength(1);
    expect(window?.isShown).toBe(true);
  });

  it('waits for the app to be ready before making a window', async () => {
    const fake = await startMain();
    fake.module.app.emit('second-instance');
    fake.module.app.emit('activate');
    expect(fake.windows).toHaveLength(0);
  });
});

describe('development mode', () => {
  it('loads the dev server and gives it devtools when running from source', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const fake = await readyMain();
    expect(fake.windows[0]?.loadedUrl).toBe('http://localhost:5173/');
    expect(fake.windows[0]?.options).toMatchObject({ webPreferences: { devTools: true, sandbox: true } });
    const getInfo = fake.ipcHandlers.get('app:getInfo');
    expect(await getInfo?.(fromPage('http://localhost:5173/'), {})).toMatchObject({ ok: true });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example');
    const fake = await readyMain({ isPackaged: true });
    expect(fake.windows[0]?.loadedUrl).toBe(APP_ENTRY_URL);
    expect(fake.windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
    const getInfo = fake.ipcHandlers.get('app:getInfo');
    expect(await getInfo?.(fromPage('https://evil.example/'), {})).toMatchObject({ ok: false });
  });
});
