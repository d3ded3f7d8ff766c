/**
 * The two windows Hearth ever creates, with their security settings written in one place.
 *
 * Why a function that calls `new BrowserWindow({...})` rather than a function that returns options:
 * Electronegativity (run by `npm run lint`) only reads settings written literally inside
 * `new BrowserWindow({...})`, and a unit test should check the very object Electron receives. So these
 * functions take the window class as a parameter (named `BrowserWindow`, so the scanner recognises the call):
 * `electronWindow.ts` passes Electron's class, `windowOptions.test.ts` passes a recorder and asserts every
 * setting as constructed. This file imports Electron's types only, so it stays plain, testable code.
 */
import type { BrowserWindowConstructorOptions, Session } from 'electron';

/** Anything constructed like Electron's BrowserWindow: the real class, or a test's recorder. */
type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * The page's paper colour (`--color-paper` in renderer/src/theme/tokens.css), shown before the page paints
 * so the window never flashes white. Keep the two in step.
 */
export const WINDOW_BACKGROUND = { light: '#faf6ef', dark: '#1b1815' } as const;

interface MainWindowSettings {
  /** Absolute path of the built preload (`out/preload/preload.cjs`). */
  preloadPath: string;
  /** Developer tools only while developing; never in a packaged app. */
  isDevelopment: boolean;
  /** Whether the system asks for dark colours (Electron's `nativeTheme.shouldUseDarkColors`). */
  prefersDarkColors: boolean;
}

/**
 * Creates the app's one window: sandboxed, context-isolated, no Node, no webview, hidden until its first
 * paint (`ready-to-show`).
 */
export function createMainWindow<W>(BrowserWindow: WindowClass<W>, settings: MainWindowSettings): W {
  return new BrowserWindow({
    title: 'Hearth',
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: settings.prefersDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Chromium's spell-checker fetches Hunspell dictionaries from Google's servers on Windows and Linux;
      // Hearth never goes online, so it stays off (the session also turns it off and points the download
      // nowhere, see electronSession.ts).
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: settings.isDevelopment,
    },
  });
}

/**
 * Creates the never-shown window that turns export HTML into a PDF: JavaScript off, sandboxed, no preload,
 * in its own in-memory session (`session`), so nothing it loads can reach the journal's storage or main.
 */
export function createPrintWindow<W>(BrowserWindow: WindowClass<W>, session: Session): W {
  return new BrowserWindow({
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      session,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: false,
    },
  });
}
