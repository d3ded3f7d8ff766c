/**
 * Serves the built renderer for the `app://hearth` origin, and nothing else.
 *
 * Plain Node: the Electron protocol handler and the end-to-end rig's HTTP server both answer through
 * `readAppResponse`, so the tests exercise the same path checks and send the same CSP header as the app.
 * Refuses anything that could reach outside the renderer folder: `..` (also percent-encoded), backslashes,
 * NUL bytes, absolute or drive-letter paths, and another host.
 */
import { promises as fs } from 'node:fs';
import { extname, isAbsolute, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/security/contentSecurityPolicy';
import { safeParseUrl } from '@shared/security/appOrigin';

type AppFileResolution = { kind: 'file'; path: string } | { kind: 'refused'; status: 400 | 403 | 404 };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response carries, whatever its status. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Maps a request URL to a file under `rootDir`, or refuses it.
 * @param expectedHost the host the request must name (`hearth` in the app, `127.0.0.1:PORT` in the rig).
 */
export function resolveAppFile(rootDir: string, requestUrl: string, expectedHost: string): AppFileResolution {
  const url = safeParseUrl(requestUrl);
  if (!url || url.host !== expectedHost || url.username || url.password) return { kind: 'refused', status: 403 };
  const rawPath = url.pathname;
  if (rawPath.includes('\\') || /%5c/i.test(rawPath) || /%00/.test(rawPath)) return { kind: 'refused', status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused', status: 400 };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'refused', status: 403 };
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  if (isAbsolute(relative) || /^[a-z]:/i.test(relative)) return { kind: 'refused', status: 403 };
  const root = resolve(rootDir);
  const path = resolve(root, relative);
  if (!path.startsWith(root + sep)) return { kind: 'refused', status: 403 };
  return { kind: 'file', path };
}

interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Answers one request for the app's files, with the app's security headers on every answer. */
export async function readAppResponse(rootDir: string, requestUrl: string, expectedHost: string): Promise<AppResponse> {
  const resolution = resolveAppFile(rootDir, requestUrl, expectedHost);
  if (resolution.kind === 'refused') return plain(resolution.status);
  try {
    const stat = await fs.stat(resolution.path);
    if (!stat.isFile()) return plain(404);
    const body = await fs.readFile(resolution.path);
    const contentType = CONTENT_TYPES[extname(resolution.path).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType }, body };
  } catch {
    return plain(404);
  }
}

function plain(status: number): AppResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(status === 404 ? 'Not found' : 'Refused'),
  };
}
