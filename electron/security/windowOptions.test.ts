import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, createPrintWindow, WINDOW_BACKGROUND } from './windowOptions';

/** Stands in for Electron's BrowserWindow and keeps the exact object it was constructed with. */
class RecordingWindow {
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
  }
}

const PRELOAD = '/app/out/preload/preload.cjs';

/** The settings every Hearth window must be constructed with, and why each matters. */
const LOCKED_DOWN: [key: keyof NonNullable<BrowserWindowConstructorOptions['webPreferences']>, value: unknown][] = [
  ['contextIsolation', true], // the page cannot reach the preload's world
  ['sandbox', true], // the renderer runs in Chromium's OS sandbox, with no Node
  ['nodeIntegration', false],
  ['nodeIntegrationInWorker', false],
  ['nodeIntegrationInSubFrames', false],
  ['webviewTag', false], // no <webview>, which could load anything with its own preload
  ['webSecurity', true], // same-origin policy on
  ['allowRunningInsecureContent', false],
  ['experimentalFeatures', false],
  ['spellcheck', false], // its dictionaries would be downloaded from the network
  ['navigateOnDragDrop', false], // a dropped file or link must not replace the app
];

function mainWindow(isDevelopment: boolean, prefersDarkColors = false) {
  return createMainWindow(RecordingWindow, { preloadPath: PRELOAD, isDevelopment, prefersDarkColors }).options;
}

describe('the main window as constructed', () => {
  const options = mainWindow(false);
  const prefs = options.webPreferences ?? {};

  it.each(LOCKED_DOWN)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('enables no Blink features and protects against dialog floods', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.safeDialogs).toBe(true);
  });

  it('loads our preload and nothing else', () => {
    expect(prefs.preload).toBe(PRELOAD);
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('session');
  });

  it('has no developer tools outside development', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindow(true).webPreferences?.devTools).toBe(true);
  });

  it('keeps every security setting in development too', () => {
    const dev = mainWindow(true).webPreferences ?? {};
    for (const [key, value] of LOCKED_DOWN) expect(dev[key], key).toBe(value);
  });

  it('is titled Hearth, sized for writing, and hidden until its first paint', () => {
    expect(options).toMatchObject({
      title: 'Hearth',
      width: 1200,
      height: 800,
      minWidth: 800,
      minHeight: 600,
      show: false,
      backgroundColor: WINDOW_BACKGROUND.light,
    });
    expect(mainWindow(false, true).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });
});

describe('the print window as constructed', () => {
  const session = { name: 'print session' } as unknown as Session;
  const options = createPrintWindow(RecordingWindow, session).options;
  const prefs = options.webPreferences ?? {};

  it('runs no JavaScript and is never shown', () => {
    expect(prefs.javascript).toBe(false);
    expect(options.show).toBe(false);
  });

  it.each(LOCKED_DOWN)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('has no preload, no developer tools, and its own session', () => {
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs.devTools).toBe(false);
    expect(prefs.session).toBe(session);
  });
});
