/**
 * The Platform over Electron: the only place (with main.ts and the electron*.ts wiring files) that calls
 * Electron's tray, notification, keychain, dialog, power and shell APIs. Thin on purpose: decisions live in
 * the services that use it, which are tested against RecordingPlatform.
 */
import {
  app,
  dialog,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  safeStorage,
  shell,
  Tray,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
  type OpenDialogOptions,
} from 'electron';
import { join } from 'node:path';
import type { EventChannel } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';
import { isAllowedExternalUrl } from '@shared/security/externalLinks';
import type { MainWindowController } from '../electronWindow';
import type { ElectronPdfPrinter } from './electronPrinter';
import { setLinuxAutostart } from './linuxAutostart';
import type { ConfirmRequest, KeychainBackend, NotificationRequest, Platform, TrayIconState, TrayMenuItem } from './Platform';
import { systemClock } from './systemClock';
import { renderTrayIconPng } from './trayIcon';

/** Passed by the login item (Windows) and the autostart entry (Linux), so Hearth starts in the tray. */
export const STARTED_AT_LOGIN_ARG = '--hidden';

interface ElectronPlatformOptions {
  mainWindow: MainWindowController;
  printer: ElectronPdfPrinter;
}

/** Platform implemented with Electron. Create it after the app is ready. */
export class ElectronPlatform implements Platform {
  readonly #mainWindow: MainWindowController;
  readonly #printer: ElectronPdfPrinter;
  /** Held so they are not garbage-collected (a collected Tray vanishes; a collected Notification loses clicks). */
  #tray: Tray | undefined;
  #trayIconState: TrayIconState = 'idle';
  readonly #notifications = new Set<Notification>();

  constructor(options: ElectronPlatformOptions) {
    this.#mainWindow = options.mainWindow;
    this.#printer = options.printer;
  }

  window = {
    show: () => this.#mainWindow.show(),
    send: <E extends EventChannel>(event: E, payload: EventPayloads[E]) => this.#mainWindow.send(event, payload),
    reload: () => this.#mainWindow.reload(),
    showStoppedPage: () => this.#mainWindow.showStoppedPage(),
    onPageGone: (listener: (reason: string) => void) => this.#mainWindow.onPageGone(listener),
    onPageUnresponsive: (listener: () => void) => this.#mainWindow.onPageUnresponsive(listener),
    onHiddenToTray: (listener: () => void) => this.#mainWindow.onHiddenToTray(listener),
  };

  tray = {
    setMenu: (items: TrayMenuItem[], onClick: (id: string) => void) => {
      // Linux redraws an indicator's menu only when it is set again, so the whole menu is set each time.
      this.#ensureTray().setContextMenu(Menu.buildFromTemplate(items.map((item) => toMenuItem(item, onClick))));
    },
    setTooltip: (text: string) => this.#ensureTray().setToolTip(text),
    setIcon: (state: TrayIconState) => {
      this.#trayIconState = state;
      this.#ensureTray().setImage(this.#trayImage());
    },
  };

  notifications = {
    isSupported: () => Notification.isSupported(),
    show: (request: NotificationRequest, onClick: () => void, onAction?: (actionId: string) => void) => {
      if (!Notification.isSupported()) return;
      const actions = request.actions ?? [];
      // Buttons show on macOS only; elsewhere the tray offers the same choices.
      const notification = new Notification({
        title: request.title,
        body: request.body,
        actions: actions.map((action) => ({ type: 'button' as const, text: action.label })),
      });
      this.#notifications.add(notification);
      notification.on('click', onClick);
      notification.on('action', (_event, index) => {
        const action = actions[index];
        if (action) onAction?.(action.id);
      });
      notification.on('close', () => this.#notifications.delete(notification));
      notification.show();
    },
  };

  keychain = {
    backend: (): KeychainBackend => keychainBackend(),
    // Electron 45 deprecates the synchronous safeStorage calls in favour of *Async ones; the Platform
    // interface is synchronous for now, and these still work.
    encrypt: (plain: string) => safeStorage.encryptString(plain),
    decrypt: (sealed: Buffer) => safeStorage.decryptString(sealed),
  };

  dialogs = {
    confirm: async (request: ConfirmRequest): Promise<boolean> => {
      // Cancel is the first button, the default, and what Escape picks, so Enter never confirms by surprise.
      const options: MessageBoxOptions = {
        type: 'question',
        title: request.title,
        message: request.message,
        detail: request.detail,
        buttons: [request.cancelLabel, request.confirmLabel],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const parent = this.#mainWindow.visibleWindow();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
    chooseSavePath: async (request: { title: string; suggestedName: string }): Promise<string | null> => {
      const options = { title: request.title, defaultPath: join(app.getPath('documents'), request.suggestedName) };
      const parent = this.#mainWindow.visibleWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenPath: async (request: { title: string; filterName: string; extensions: string[] }): Promise<string | null> => {
      const options: OpenDialogOptions = {
        title: request.title,
        properties: ['openFile'],
        filters: [{ name: request.filterName, extensions: request.extensions }],
      };
      const parent = this.#mainWindow.visibleWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFolder: async (request: { title: string }): Promise<string | null> => {
      const options: OpenDialogOptions = { title: request.title, properties: ['openDirectory', 'createDirectory'] };
      const parent = this.#mainWindow.visibleWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };

  power = {
    onSuspend: (listener: () => void) => void powerMonitor.on('suspend', listener),
    onResume: (listener: () => void) => void powerMonitor.on('resume', listener),
    onLockScreen: (listener: () => void) => void powerMonitor.on('lock-screen', listener),
  };

  printer = {
    printToPdf: (html: string) => this.#printer.printToPdf(html),
  };

  shell = {
    openExternal: async (url: string) => {
      // The last gate before the operating system: callers vet the address, and this checks it again.
      if (!isAllowedExternalUrl(url)) throw new Error('Refused to open an address that is not plain https.');
      await shell.openExternal(url);
    },
  };

  app = {
    name: () => app.getName(),
    version: () => app.getVersion(),
    isPackaged: () => app.isPackaged,
    setOpenAtLogin: (isOn: boolean) => {
      if (process.platform === 'linux') {
        // An AppImage runs from a temporary mount; the entry must start the AppImage file itself.
        const executable = process.env.APPIMAGE ?? process.execPath;
        setLinuxAutostart(process.env.XDG_CONFIG_HOME ?? join(app.getPath('home'), '.config'), executable, isOn, [STARTED_AT_LOGIN_ARG]);
        return;
      }
      // Windows passes the argument; macOS ignores it and reports wasOpenedAtLogin instead.
      app.setLoginItemSettings({ openAtLogin: isOn, args: [STARTED_AT_LOGIN_ARG] });
    },
    platform: (): NodeJS.Platform => process.platform,
  };

  clock = systemClock;

  #ensureTray(): Tray {
    if (!this.#tray) {
      this.#tray = new Tray(this.#trayImage());
      // The icon follows the system's light or dark theme.
      nativeTheme.on('updated', () => this.#tray?.setImage(this.#trayImage()));
    }
    return this.#tray;
  }

  #trayImage(): Electron.NativeImage {
    const look = { tone: nativeTheme.shouldUseDarkColors ? 'dark' : 'light', isWaiting: this.#trayIconState === 'waiting' } as const;
    const icon = nativeImage.createFromBuffer(renderTrayIconPng(16, look), { scaleFactor: 1 });
    icon.addRepresentation({ scaleFactor: 2, buffer: renderTrayIconPng(32, look) });
    // macOS draws menu-bar icons from their shape alone, in the system's colour (the waiting dot too).
    if (process.platform === 'darwin') icon.setTemplateImage(true);
    return icon;
  }
}

function toMenuItem(item: TrayMenuItem, onClick: (id: string) => void): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'action':
      return {
        id: item.id,
        label: item.label,
        enabled: item.enabled ?? true,
        ...(item.checked === undefined ? {} : { type: 'checkbox' as const, checked: item.checked }),
        click: () => onClick(item.id),
      };
    default: {
      const unknown: never = item;
      throw new Error(`Unknown tray menu item: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * How well the keychain protects a secret. On Linux, Chromium falls back to a fixed, well-known key
 * ("basic_text") when no keyring is running; that is not protection, so it is reported for what it is.
 */
function keychainBackend(): KeychainBackend {
  if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
  if (process.platform !== 'linux') return 'os';
  const backend = safeStorage.getSelectedStorageBackend();
  if (backend === 'basic_text') return 'basic_text';
  // 'unknown' means asked before the app was ready: do not vouch for it.
  return backend === 'unknown' ? 'unavailable' : 'os';
}
