import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/security/contentSecurityPolicy';
import { readAppResponse, resolveAppFile } from './appFiles';

/*
 * A small built renderer in a temporary folder, with a secret beside it (outside the root) and one with a
 * name that starts like the root's, so a prefix check that forgot the path separator would leak it.
 */
const base = mkdtempSync(join(tmpdir(), 'hearth-appfiles-'));
const root = join(base, 'renderer');
const SECRET = 'the secret outside the renderer folder';
mkdirSync(join(root, 'assets'), { recursive: true });
mkdirSync(join(base, 'renderer-private'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hearth</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log("hi")');
writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
writeFileSync(join(root, 'assets', 'literata.woff2'), 'font');
writeFileSync(join(root, 'assets', 'argon2.wasm'), 'wasm');
writeFileSync(join(root, 'assets', 'icon.svg'), '<svg/>');
writeFileSync(join(root, 'assets', 'blob.bin'), 'bytes');
writeFileSync(join(base, 'secret.txt'), SECRET);
writeFileSync(join(base, 'renderer-private', 'secret.txt'), SECRET);

afterAll(() => rmSync(base, { recursive: true, force: true }));

const HOST = 'hearth';
const read = (url: string, host = HOST) => readAppResponse(root, url, host);

/** Requests that try to leave the renderer folder or the origin. None may answer with the secret. */
const PATH_TRICKS: [url: string, why: string][] = [
  ['app://hearth/../secret.txt', 'plain dot-dot (the URL parser folds it into the root)'],
  ['app://hearth/../../../../../../etc/passwd', 'dot-dot past the file system root'],
  ['app://hearth/%2e%2e/secret.txt', 'percent-encoded dots'],
  ['app://hearth/%2E%2e/secret.txt', 'percent-encoded dots in mixed case'],
  ['app://hearth/.%2e/%2e./secret.txt', 'half-encoded dots'],
  ['app://hearth/%2e%2e/%2e%2e/etc/passwd', 'encoded dots towards /etc'],
  ['app://hearth/assets/..%2f..%2fsecret.txt', 'an encoded slash hiding the dot-dot from the parser'],
  ['app://hearth/%2e%2e%2Fsecret.txt', 'encoded dots and slash together'],
  ['app://hearth/..%2frenderer-private%2fsecret.txt', 'a sibling whose name starts like the root'],
  ['app://hearth/..%5csecret.txt', 'an encoded backslash'],
  ['app://hearth/..\\secret.txt', 'a backslash'],
  ['app://hearth/assets\\..\\..\\secret.txt', 'backslashes as separators'],
  ['app://hearth/index.html%00.txt', 'a NUL byte'],
  ['app://hearth/%00', 'only a NUL byte'],
  [`app://hearth/${base}/secret.txt`, 'the secret by its absolute path'],
  ['app://hearth//etc/passwd', 'an absolute path after the host'],
  ['app://hearth/C:/Windows/win.ini', 'a drive letter'],
  ['app://hearth/c%3A/Windows/win.ini', 'an encoded drive letter'],
  ['app://hearth/%', 'a broken percent escape'],
  ['app://evil/index.html', 'another host'],
  ['app://hearth.evil/index.html', 'a look-alike host'],
  ['app://hearth@evil/index.html', 'user "hearth" at host "evil"'],
  ['app://hearth:pw@hearth/index.html', 'a password in the URL'],
  ['app://hearth:8080/index.html', 'a port'],
  ['not a url', 'garbage'],
];

describe('resolveAppFile', () => {
  it.each(PATH_TRICKS)('never resolves %s to a file outside the root (%s)', (url) => {
    const resolution = resolveAppFile(root, url, HOST);
    if (resolution.kind === 'file') expect(resolution.path.startsWith(root + sep)).toBe(true);
  });

  it.each([
    ['app://hearth/assets/..%2f..%2fsecret.txt', 403],
    ['app://hearth/..%5csecret.txt', 400],
    ['app://hearth/..\\secret.txt', 400],
    ['app://hearth/index.html%00.txt', 400],
    ['app://hearth/C:/Windows/win.ini', 403],
    ['app://hearth@evil/index.html', 403],
    ['app://evil/index.html', 403],
    ['app://hearth/%', 400],
  ] as const)('refuses %s with %i', (url, status) => {
    expect(resolveAppFile(root, url, HOST)).toEqual({ kind: 'refused', status });
  });

  it('maps the origin root to index.html', () => {
    for (const url of ['app://hearth/', 'app://hearth']) {
      expect(resolveAppFile(root, url, HOST)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    }
  });

  it('checks the host the caller names (the end-to-end rig serves on 127.0.0.1 and a port)', () => {
    expect(resolveAppFile(root, 'http://127.0.0.1:4173/index.html', '127.0.0.1:4173').kind).toBe('file');
    expect(resolveAppFile(root, 'http://127.0.0.1:4174/index.html', '127.0.0.1:4173').kind).toBe('refused');
  });
});

describe('readAppResponse', () => {
  it.each(PATH_TRICKS)('does not serve the secret for %s (%s)', async (url) => {
    const response = await read(url);
    expect([400, 403, 404]).toContain(response.status);
    expect(response.body.toString()).not.toContain(SECRET);
  });

  it('serves index.html for the origin root, and ignores query and fragment', async () => {
    for (const url of ['app://hearth/', 'app://hearth/index.html?x=1#/journal']) {
      const response = await read(url);
      expect(response.status).toBe(200);
      expect(response.body.toString()).toContain('<title>Hearth</title>');
    }
  });

  it.each([
    ['app://hearth/index.html', 'text/html; charset=utf-8'],
    ['app://hearth/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://hearth/assets/app.css', 'text/css; charset=utf-8'],
    ['app://hearth/assets/literata.woff2', 'font/woff2'],
    ['app://hearth/assets/argon2.wasm', 'application/wasm'],
    ['app://hearth/assets/icon.svg', 'image/svg+xml'],
    ['app://hearth/assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (url, contentType) => {
    const response = await read(url);
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe(contentType);
  });

  it('answers 404 for a missing file and for a folder', async () => {
    for (const url of ['app://hearth/missing.js', 'app://hearth/assets', 'app://hearth/assets/']) {
      expect((await read(url)).status, url).toBe(404);
    }
  });

  it.each([
    ['app://hearth/index.html', 200],
    ['app://hearth/missing.js', 404],
    ['app://hearth/assets/..%2fsecret.txt', 403],
    ['app://hearth/..%5csecret.txt', 400],
    ['app://evil/index.html', 403],
  ] as const)('sends the CSP and nosniff with every answer: %s (%i)', async (url, status) => {
    const response = await read(url);
    expect(response.status).toBe(status);
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
