/**
 * Hearth's main process: wiring only. The rules live in security/, the services in services/ and
 * mainServices.ts, Electron's APIs behind platform/electronPlatform.ts and the electron*.ts files.
 *
 * Development mode is the Vite dev server (`electron-vite dev` sets ELECTRON_RENDERER_URL). A packaged app
 * ignores that variable: otherwise anyone who could set an environment variable could point Hearth's
 * trusted window, with its bridge to main, at a page of their choosing.
 */
import { join } from 'node:path';
import { app, Menu, session } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN, safeParseUrl } from '@shared/security/appOrigin';
import { buildAppMenuTemplate } from './appMenu';
import { registerIpcHandlers } from './electronIpc';
import { guardAllWebContents, hardenSession, registerAppScheme, serveAppFiles } from './electronSession';
import { MainWindowController } from './electronWindow';
import { createMainRuntime, startBackgroundServices, type MainRuntime } from './mainServices';
import { ElectronPdfPrinter } from './platform/electronPrinter';
import { ElectronPlatform, STARTED_AT_LOGIN_ARG } from './platform/electronPlatform';
import type { NavigationPolicyOptions } from './security/navigationPolicy';

/** Must match electron-builder.yml's appId: Windows shows notifications only for a known app id. */
const APP_ID = 'app.hearth.journal';

const devServerUrl = app.isPackaged ? null : safeParseUrl(process.env.ELECTRON_RENDERER_URL ?? '');
const isDevelopment = devServerUrl !== null;
const policy: NavigationPolicyOptions = isDevelopment ? { devServerOrigin: devServerUrl.origin } : {};

// Before ready: the scheme's privileges, and the OS sandbox for every renderer whatever its options say.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Hearth is running; it brings its window forward (see 'second-instance' below).
  app.quit();
} else {
  const startUrl = isDevelopment ? devServerUrl.href : APP_ENTRY_URL;
  const mainWindow = new MainWindowController({
    preloadPath: join(__dirname, '../preload/preload.cjs'),
    startUrl,
    stoppedUrl: new URL('stopped.html', startUrl).href,
    isDevelopment,
    onLoadError: (error) => console.error('Hearth could not load its window:', describeFailure(error)),
  });
  // Links caught as new windows go to the same service as the page's links:openExternal. The services exist
  // once the app is ready; no page can exist (and so ask) before then.
  let runtime: MainRuntime | undefined;
  guardAllWebContents(policy, (url) => runtime?.services.links.offer(url));
  // A window can only be made once the app is ready; these two can in principle arrive earlier.
  app.on('second-instance', () => app.isReady() && mainWindow.show());
  app.on('activate', () => app.isReady() && mainWindow.show());
  app.on('before-quit', () => mainWindow.prepareToQuit());
  // Closing the window hides it to the tray; Hearth keeps running until "Quit Hearth".
  app.on('window-all-closed', () => {});

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
    serveAppFiles(join(__dirname, '../renderer'));
    hardenSession(session.defaultSession, policy);

    const platform = new ElectronPlatform({ mainWindow, printer: new ElectronPdfPrinter() });
    runtime = createMainRuntime({
      platform,
      dataDir: app.getPath('userData'),
      trustedOrigin: isDevelopment ? devServerUrl.origin : APP_ORIGIN,
      onInternalError: (channel, error) => console.error(`Hearth request ${channel} failed:`, describeFailure(error)),
      onLinkOfferFailed: (error) => console.error('Hearth could not offer a link:', describeFailure(error)),
      onBackgroundError: (error) => console.error('Hearth reminders or login item:', describeFailure(error)),
    });
    // Before the window: Electron's default menu (with Reload and the developer tools) must never show.
    const menu = buildAppMenuTemplate({
      isDevelopment,
      isMac: process.platform === 'darwin',
      lock: () => platform.window.send('session:didRequestLock', { reason: 'menu' }),
      showAbout: () => {
        platform.window.show();
        platform.window.send('navigation:didRequestRoute', { path: '/settings' });
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
    registerIpcHandlers(runtime.dispatcher);
    startBackgroundServices(runtime, () => app.quit());
    // Started at login (see the login item's --hidden, or macOS's own flag): wait quietly in the tray.
    if (wasStartedAtLogin()) mainWindow.loadHidden();
    else mainWindow.show();
  });
}

/** Whether the system started Hearth at login: the login item passes --hidden; macOS says so itself. */
function wasStartedAtLogin(): boolean {
  if (process.argv.includes(STARTED_AT_LOGIN_ARG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

/**
 * What to log about a failure. An error's message could quote something a person wrote, so outside
 * development only its kind is logged.
 */
function describeFailure(error: unknown): string {
  if (isDevelopment) return error instanceof Error ? (error.stack ?? error.message) : String(error);
  return error instanceof Error ? error.name : typeof error;
}
