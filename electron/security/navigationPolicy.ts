/**
 * What the app's web contents may navigate to, open, be granted and load: pure decisions, no Electron.
 *
 * `electronSession.ts` applies them to every web contents and to the session; the tests in
 * `navigationPolicy.test.ts` hold them to a table of hostile addresses. Every decision fails closed: an
 * address that does not parse, or that is not exactly the app's own origin, is refused.
 *
 * Letter case: `APP://HEARTH/` is refused here. Node's URL parser (WHATWG) does not know that Chromium
 * treats `app` as a standard scheme, so it keeps the host's capitals and the address does not match. That is
 * the safe direction: Chromium canonicalises a standard scheme's host to lower case before it emits a
 * navigation or request event, so the app's own navigations always arrive as `app://hearth/...` and pass.
 */
import { APP_ORIGIN, isAppOriginUrl, safeParseUrl } from '@shared/security/appOrigin';
import { isAllowedExternalUrl } from '@shared/security/externalLinks';

export interface NavigationPolicyOptions {
  /**
   * Development only: the Vite dev server's origin (`ELECTRON_RENDERER_URL`, e.g. `http://localhost:5173`).
   * Leave unset in a packaged app, where the page only ever comes from `app://hearth`.
   */
  devServerOrigin?: string;
}

type NavigationDecision = 'allow' | 'deny';
type RequestDecision = 'allow' | 'cancel';

interface WindowOpenDecision {
  /** Always deny: Hearth has one window, and a page never gets to open another. */
  action: 'deny';
  /**
   * True for a plain https address that main may offer to open in the system browser, after the person
   * confirms (the same two gates as `links:openExternal`). Never opened without asking.
   */
  offerExternal: boolean;
}

/** Top-level and frame navigations: only the app's own origin (and the dev server, in development). */
export function decideNavigation(url: string, options: NavigationPolicyOptions = {}): NavigationDecision {
  return isTrustedPageUrl(url, options) ? 'allow' : 'deny';
}

/** `window.open` and `target=_blank`: never a new window; an https link may be offered to the person. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', offerExternal: isAllowedExternalUrl(url) };
}

/**
 * The only permissions the app's own page is granted, each for one thing it does:
 * - `clipboard-sanitized-write`: "Copy" beside a recovery key (`navigator.clipboard.writeText`, plain text);
 * - `persistent-storage`: `navigator.storage.persist()`, so storage pressure never evicts the journal.
 * Reading the clipboard, notifications (main shows those through the platform layer), camera, microphone,
 * geolocation and everything else are refused, and so is any permission for any other origin.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write', 'persistent-storage'];

/** A permission asked by a page at `requestingUrl` (Electron's name for it): granted only as listed above. */
export function decidePermission(permission: string, requestingUrl: string, options: NavigationPolicyOptions = {}): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isTrustedPageUrl(requestingUrl, options);
}

/**
 * Every request the session makes: only the app's own origin is loaded, so nothing leaves the computer.
 *
 * - `blob:` URLs minted by the app's own page are allowed: they are bytes already in memory, never a
 *   network request, and the page may use them for previews and exports (the CSP limits where).
 * - `data:` is cancelled: the app ships no inline assets (the build writes every asset as a file), and
 *   Chromium mostly resolves `data:` without asking this hook anyway, so the CSP is the rule that governs it.
 * - In development only, the Vite dev server (its page, modules and its hot-reload WebSocket) and Chromium's
 *   own developer tools (`devtools://`) are allowed.
 */
export function decideRequest(url: string, options: NavigationPolicyOptions = {}): RequestDecision {
  if (isTrustedPageUrl(url, options)) return 'allow';
  const parsed = safeParseUrl(url);
  if (!parsed) return 'cancel';
  if (parsed.protocol === 'blob:' && isAppOriginUrl(parsed.pathname, APP_ORIGIN)) return 'allow';
  if (options.devServerOrigin) {
    if (parsed.protocol === 'devtools:') return 'allow';
    if (isDevServerSocket(parsed, options.devServerOrigin)) return 'allow';
  }
  return 'cancel';
}

function isTrustedPageUrl(url: string, options: NavigationPolicyOptions): boolean {
  if (isAppOriginUrl(url, APP_ORIGIN)) return true;
  return options.devServerOrigin !== undefined && isAppOriginUrl(url, options.devServerOrigin);
}

/** Vite's hot-reload socket: ws(s) to exactly the dev server's host and port. */
function isDevServerSocket(url: URL, devServerOrigin: string): boolean {
  const server = safeParseUrl(devServerOrigin);
  if (!server || (url.protocol !== 'ws:' && url.protocol !== 'wss:')) return false;
  return url.host === server.host && url.username === '' && url.password === '';
}
