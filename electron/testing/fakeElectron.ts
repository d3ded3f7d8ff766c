/**
 * A stand-in for the `electron` module, for tests of the wiring in main.ts and the electron*.ts files
 * (Electron's binary cannot run here). It records what main asks of Electron and lets a test play
 * Electron's part: become ready, create web contents, invoke IPC channels, click the tray.
 * Only what main uses is here; anything else is undefined and fails loudly.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: unknown[]) => unknown;

export interface AppMenuItem {
  label?: string;
  role?: string;
  type?: string;
  click?: () => void;
  submenu?: AppMenuItem[];
}

export interface FakeElectronOptions {
  isPackaged?: boolean;
  hasSingleInstanceLock?: boolean;
  userData?: string;
}

class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Handler | undefined;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron(options: FakeElectronOptions = {}) {
  const calls: string[] = [];
  const record = (name: string) => calls.push(name);
  let isReady = false;
  let becomeReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    becomeReady = () => {
      isReady = true;
      resolve();
    };
  });

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    enableSandbox: () => record('app.enableSandbox'),
    requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), options.hasSingleInstanceLock ?? true),
    quit: () => record('app.quit'),
    whenReady: () => ready,
    isReady: () => isReady,
    getPath: (name: string) => (name === 'userData' ? (options.userData ?? '/nonexistent') : `/fake/${name}`),
    getName: () => 'Hearth',
    getVersion: () => '0.1.0',
    setAppUserModelId: (id: string) => record(`app.setAppUserModelId ${id}`),
    setLoginItemSettings: (settings: { openAtLogin: boolean }) => record(`app.setLoginItemSettings ${settings.openAtLogin}`),
  });

  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, Handler>();
  const protocol = {
    registerSchemesAsPrivileged: (list: unknown[]) => (record('protocol.registerSchemesAsPrivileged'), schemes.push(...list)),
    handle: (scheme: string, handler: Handler) => (record(`protocol.handle ${scheme}`), protocolHandlers.set(scheme, handler)),
  };

  const defaultSession = {
    permissionRequest: undefined as Handler | undefined,
    permissionCheck: undefined as Handler | undefined,
    devicePermission: undefined as Handler | undefined,
    beforeRequest: undefined as Handler | undefined,
    spellCheckerEnabled: true,
    dictionaryUrl: '',
    setPermissionRequestHandler(handler: Handler) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: Handler) {
      this.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: Handler) {
      this.devicePermission = handler;
    },
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellCheckerEnabled = enabled;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      this.dictionaryUrl = url;
    },
    webRequest: {
      onBeforeRequest: (handler: Handler) => {
        defaultSession.beforeRequest = handler;
      },
    },
  };

  const ipcHandlers = new Map<string, Handler>();
  const windows: FakeBrowserWindow[] = [];

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly options: unknown;
    loadedUrl = '';
    isShown = false;
    constructor(windowOptions: unknown) {
      super();
      this.options = windowOptions;
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    /** Every address loaded, in order (a reload after a crash loads again). */
    readonly loadedUrls: string[] = [];
    loadURL(url: string) {
      this.loadedUrl = url;
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    show() {
      this.isShown = true;
    }
    hide() {
      this.isShown = false;
    }
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    isVisible() {
      return this.isShown;
    }
    isDestroyed() {
      return false;
    }
    /** What closing the window with the mouse does: 'close' (cancellable), then 'closed'. */
    close() {
      let isPrevented = false;
      this.emit('close', { preventDefault: () => (isPrevented = true) });
      if (!isPrevented) this.emit('closed');
      return !isPrevented;
    }
  }

  const tray = { menu: [] as { id?: string; label?: string; type?: string; click?: () => void }[], tooltip: '' };
  class FakeTray {
    setContextMenu(menu: { items: typeof tray.menu }) {
      tray.menu = menu.items;
    }
    setToolTip(text: string) {
      tray.tooltip = text;
    }
    setImage() {
      record('Tray.setImage');
    }
  }

  /** The application menu main set (none until it does: Electron would then show its default menu). */
  const appMenu = { items: [] as AppMenuItem[] };

  const powerMonitor = new EventEmitter();
  const module = {
    app,
    protocol,
    session: { defaultSession, fromPartition: () => defaultSession },
    ipcMain: { handle: (channel: string, handler: Handler) => ipcHandlers.set(channel, handler) },
    BrowserWindow: FakeBrowserWindow,
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
    Tray: FakeTray,
    Menu: {
      buildFromTemplate: (items: typeof tray.menu) => ({ items }),
      setApplicationMenu: (menu: { items: AppMenuItem[] } | null) => {
        record('Menu.setApplicationMenu');
        appMenu.items = menu?.items ?? [];
      },
    },
    nativeImage: { createFromBuffer: () => ({ addRepresentation: () => {}, setTemplateImage: () => {} }) },
    Notification: { isSupported: () => false },
    powerMonitor,
    safeStorage: {},
    dialog: {},
    shell: {},
  };

  return {
    module,
    calls,
    schemes,
    protocolHandlers,
    defaultSession,
    ipcHandlers,
    windows,
    tray,
    appMenu,
    powerMonitor,
    /** Electron becomes ready; resolves once main's ready handler has run. */
    async becomeReady(): Promise<void> {
      becomeReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    /** A web contents Electron created for some other reason (a pop-up, a webview, …). */
    createWebContents(): FakeWebContents {
      const contents = new FakeWebContents();
      app.emit('web-contents-created', {}, contents);
      return contents;
    },
  };
}

