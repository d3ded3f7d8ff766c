/**
 * The app's one window over its life: created hidden and shown at first paint, hidden (not closed) when the
 * person closes it so Hearth stays in the tray, and really closed only when the app quits.
 */
import { BrowserWindow, nativeTheme } from 'electron';
import type { EventChannel } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';
import { createMainWindow } from './security/windowOptions';

export interface MainWindowControllerOptions {
  preloadPath: string;
  /** The page to load: `app://hearth/index.html`, or the Vite dev server in development. */
  startUrl: string;
  isDevelopment: boolean;
  /** Told when the page fails to load (never with content). */
  onLoadError?: (error: unknown) => void;
}

/** Creates, shows, hides and talks to the main window. */
export class MainWindowController {
  readonly #options: MainWindowControllerOptions;
  #window: BrowserWindow | undefined;
  #isQuitting = false;

  constructor(options: MainWindowControllerOptions) {
    this.#options = options;
  }

  /** Brings the window to the front, creating it if there is none yet. */
  show(): void {
    const window = this.#window;
    if (!window || window.isDestroyed()) {
      this.#create();
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

  /** From now on, closing the window really closes it: the app is quitting. */
  prepareToQuit(): void {
    this.#isQuitting = true;
  }

  #create(): void {
    const window = createMainWindow(BrowserWindow, {
      preloadPath: this.#options.preloadPath,
      isDevelopment: this.#options.isDevelopment,
      prefersDarkColors: nativeTheme.shouldUseDarkColors,
    });
    this.#window = window;
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => {
      if (this.#isQuitting) return;
      event.preventDefault();
      window.hide();
    });
    // Windows logging off or shutting down closes windows without 'before-quit'; hiding then would hold it up.
    window.on('session-end', () => this.prepareToQuit());
    window.on('closed', () => {
      if (this.#window === window) this.#window = undefined;
    });
    window.loadURL(this.#options.startUrl).catch((error: unknown) => this.#options.onLoadError?.(error));
  }
}
