import { describe, expect, it } from 'vitest';
import { decideNavigation, decidePermission, decideRequest, decideWindowOpen } from './navigationPolicy';

const DEV = { devServerOrigin: 'http://localhost:5173' };

/** Addresses a page must never reach, whatever the mode. Each with why it is hostile. */
const HOSTILE: [url: string, why: string][] = [
  ['https://evil.example', 'a web site'],
  ['https://evil.example/index.html', 'a web site with an app-like path'],
  ['http://127.0.0.1:1/', 'a local server'],
  ['app://hearth.evil/', 'a look-alike host'],
  ['app://hearth@evil/', 'user "hearth" at host "evil"'],
  ['app://hearth:x@hearth/', 'a password smuggled into the app origin'],
  ['app://evil/', 'another host on our scheme'],
  ['app://hearth:8080/', 'a port on our origin'],
  ['app:///hearth/index.html', 'no host at all'],
  ['APP://HEARTH/', 'odd letter case: refused here, Chromium canonicalises its own navigations (see module comment)'],
  ['javascript:alert(1)', 'script in a URL'],
  ['file:///etc/passwd', 'the file system'],
  ['data:text/html,<script>alert(1)</script>', 'a data: page'],
  ['blob:app://hearth/0f8fad5b-d9cb-469f-a165-70867728950e', 'a blob: document (fine as a resource, never as a page)'],
  ['blob:https://evil.example/0f8fad5b', 'a foreign blob'],
  ['about:blank', 'an empty page with no origin of its own'],
  ['chrome://settings', "Chromium's own pages"],
  ['devtools://devtools', 'the developer tools'],
  ['ftp://x', 'another network scheme'],
  ['mailto:a@b.c', 'a mail client'],
  ['ws://localhost:5173/', 'a WebSocket'],
  ['http://localhost:5173/', 'the dev server, outside development'],
  ['', 'nothing'],
  ['not a url', 'garbage'],
];

const APP_PAGES = ['app://hearth/index.html', 'app://hearth/index.html#/journal', 'app://hearth/', 'app://hearth'];

describe('decideNavigation', () => {
  it.each(HOSTILE)('denies %s (%s)', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });

  it.each(APP_PAGES)('allows the app page %s', (url) => {
    expect(decideNavigation(url)).toBe('allow');
  });

  it('stays inside the origin for encoded dots; the protocol handler refuses the path (appFiles.test.ts)', () => {
    expect(decideNavigation('app://hearth/%2e%2e/%2e%2e/etc/passwd')).toBe('allow');
  });

  it('allows the dev server only when development names it', () => {
    expect(decideNavigation('http://localhost:5173/', DEV)).toBe('allow');
    expect(decideNavigation('http://localhost:5173/#/journal', DEV)).toBe('allow');
    expect(decideNavigation('http://localhost:5174/', DEV)).toBe('deny');
    expect(decideNavigation('http://localhost:5173@evil.example/', DEV)).toBe('deny');
  });

  it.each(HOSTILE.filter(([url]) => !url.startsWith('http://localhost:5173')))(
    'still denies %s in development',
    (url) => {
      expect(decideNavigation(url, DEV)).toBe('deny');
    },
  );
});

describe('decideWindowOpen', () => {
  it.each([...HOSTILE, ...APP_PAGES.map((url) => [url, 'the app itself'] as [string, string])])(
    'never opens a window for %s',
    (url) => {
      expect(decideWindowOpen(url).action).toBe('deny');
    },
  );

  it('offers only plain https addresses to the system browser', () => {
    expect(decideWindowOpen('https://www.example.org/help').offerExternal).toBe(true);
    for (const url of [
      'http://www.example.org/',
      'https://user:pw@www.example.org/',
      'https://localhost/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://hearth/index.html',
      'data:text/html,hi',
    ]) {
      expect(decideWindowOpen(url).offerExternal, url).toBe(false);
    }
  });
});

describe('decidePermission', () => {
  it.each(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s, even to the app itself',
    (permission) => {
      expect(decidePermission(permission, 'app://hearth/index.html')).toBe(false);
    },
  );

  it.each(['clipboard-sanitized-write', 'persistent-storage'])('grants %s to the app’s own page, and to no other', (permission) => {
    expect(decidePermission(permission, 'app://hearth/index.html')).toBe(true);
    expect(decidePermission(permission, 'app://hearth')).toBe(true);
    for (const url of ['https://evil.example/', 'app://hearth.evil/', 'app://hearth@evil/', 'data:text/html,hi', 'http://localhost:5173/', '']) {
      expect(decidePermission(permission, url), url).toBe(false);
    }
    expect(decidePermission(permission, 'http://localhost:5173/', { devServerOrigin: 'http://localhost:5173' })).toBe(true);
  });
});

describe('decideRequest', () => {
  it.each(HOSTILE.filter(([url]) => !url.startsWith('blob:app://hearth/')))('cancels %s (%s)', (url) => {
    expect(decideRequest(url)).toBe('cancel');
  });

  it.each([...APP_PAGES, 'app://hearth/assets/index-abc123.js', 'app://hearth/assets/argon2.wasm'])(
    'allows the app file %s',
    (url) => {
      expect(decideRequest(url)).toBe('allow');
    },
  );

  it('allows blob: resources minted by the app page, and no other blob', () => {
    expect(decideRequest('blob:app://hearth/0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('allow');
    expect(decideRequest('blob:app://evil/0f8fad5b')).toBe('cancel');
    expect(decideRequest('blob:app://hearth@evil/0f8fad5b')).toBe('cancel');
    expect(decideRequest('blob:null/0f8fad5b')).toBe('cancel');
  });

  it('allows the dev server, its hot-reload socket and devtools in development only', () => {
    for (const url of ['http://localhost:5173/@vite/client', 'ws://localhost:5173/', 'devtools://devtools/bundled/x.html']) {
      expect(decideRequest(url, DEV), url).toBe('allow');
      expect(decideRequest(url), url).toBe('cancel');
    }
    expect(decideRequest('ws://localhost:5174/', DEV)).toBe('cancel');
    expect(decideRequest('https://evil.example/', DEV)).toBe('cancel');
    expect(decideRequest('http://localhost:5173@evil.example/', DEV)).toBe('cancel');
  });
});
