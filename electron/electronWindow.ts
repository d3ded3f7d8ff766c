/**
 * The app's one window over its life: created hidden and shown at first paint, hidden (not closed) when the
 * person closes it so Hearth stays in the tray, and really closed only when the app quits. It reports a page
 * that died or hangs, and reloads it or shows the stopped page when told to; deciding which is
 * services/crashRecoveryService.ts's job.
 */
import { BrowserWindow, nativeTheme } from 'electron';
import type { EventChannel } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';
import { createMainWindow } from './security/windowOptions';

interface MainWindowControllerOptions {
  preloadPath: string;
  /** The page to load: `app://hearth/index.html`, or the Vite dev server in development. */
  startUrl: string;
  /** A plain page with no script, on the same origin, saying Hearth stopped (`stopped.html`). */
  stoppedUrl: string;
  isDevelopment: boolean;
  /** Told when the page fails to load (never with content). */
  onLoadError?: (error: unknown) => void;
}

/** Creates, shows, hides and talks to the main window. */
export class MainWindowController {
  readonly #options: MainWindowControllerOptions;
  #window: BrowserWindow | undefined;
  #isQuitting = false;
  readonly #pageGoneListeners: ((reason: string) => void)[] = [];
  readonly #unresponsiveListeners: (() => void)[] = [];
  readonly #hiddenToTrayListeners: (() => void)[] = [];

  constructor(options: MainWindowControllerOptions) {
    this.#options = options;
  }

  /**
   * Creates the window and loads the page without showing it: Hearth started at login waits in the tray, its
   * page alive (so a reminder's click can send it a path at once) until the person opens it.
   */
  loadHidden(): void {
    if (this.#window && !this.#window.isDestroyed()) return;
    this.#create({ isShownWhenReady: false });
  }

  /** Brings the window to the front, creating it if there is none yet. */
  show(): void {
    const window = this.#window;
    if (!window || window.isDestroyed()) {
      this.#create({ isShownWhenReady: true });
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  /** Sends an event to the page; dropped when there is no page (nothing is unlocked then either). */
  send<E extends EventChannel>(event: E, payload: EventPayloads[E]): void {
    const window = this.#window;
    if (!window || window.isDestroyed()) return;
    window.webContents.send(event, payload);
  }

  /** The window when it is on screen, to attach dialogs to. */
  visibleWindow(): BrowserWindow | undefined {
    const window = this.#window;
    return window && !window.isDestroyed() && window.isVisible() ? window : undefined;
  }

  /** Loads the app afresh: a new page, which starts locked. */
  reload(): void {
    this.#load(this.#options.startUrl);
  }

  /** Replaces the page with the stopped page, which runs no script. */
  showStoppedPage(): void {
    this.#load(this.#options.stoppedUrl);
  }

  onPageGone(listener: (reason: string) => void): void {
    this.#pageGoneListeners.push(listener);
  }

  onPageUnresponsive(listener: () => void): void {
    this.#unresponsiveListeners.push(listener);
  }

  onHiddenToTray(listener: () => void): void {
    this.#hiddenToTrayListeners.push(listener);
  }

  /** From now on, closing the window really closes it: the app is quitting. */
  prepareToQuit(): void {
    this.#isQuitting = true;
  }

  #create(options: { isShownWhenReady: boolean }): void {
    const window = createMainWindow(BrowserWindow, {
      preloadPath: this.#options.preloadPath,
      isDevelopment: this.#options.isDevelopment,
      prefersDarkColors: nativeTheme.shouldUseDarkColors,
    });
    this.#window = window;
    // Shown at first paint, unless loaded hidden: then the person's next show() shows it.
    if (options.isShownWhenReady) window.once('ready-to-show', () => window.show());
    window.on('close', (event) => {
      if (this.#isQuitting) return;
      event.preventDefault();
      window.hide();
      this.#hiddenToTrayListeners.forEach((listener) => listener());
    });
    // Windows logging off or shutting down closes windows without 'before-quit'; hiding then would hold it up.
    window.on('session-end', () => this.prepareToQuit());
    window.on('closed', () => {
      if (this.#window === window) this.#window = undefined;
    });
    // A renderer that goes away while the app quits is no accident.
    window.webContents.on('render-process-gone', (_event, details) => {
      if (!this.#isQuitting) this.#pageGoneListeners.forEach((listener) => listener(details.reason));
    });
    window.on('unresponsive', () => this.#unresponsiveListeners.forEach((listener) => listener()));
    this.#load(this.#options.startUrl);
  }

  #load(url: string): void {
    const window = this.#window;
    // No window, no page to replace: the next show() makes a fresh one.
    if (!window || window.isDestroyed()) return;
    window.loadURL(url).catch((error: unknown) => this.#options.onLoadError?.(error));
  }
}
