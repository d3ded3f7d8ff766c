/**
 * The app's origin and the rules every page lives under, applied to Electron:
 * - `app://` registered as a standard, secure scheme (before ready) and served only from the built renderer;
 * - every permission refused but the two the app's own page needs, every request outside the app's origin
 *   cancelled, the spell-checker off;
 * - on every web contents, navigation away, redirects, `<webview>` and new windows refused.
 * The decisions themselves are plain functions in security/navigationPolicy.ts, tested there.
 */
import { app, protocol, type Session, type WebContents } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '@shared/security/appOrigin';
import { readAppResponse } from './protocol/appFiles';
import {
  decideNavigation,
  decidePermission,
  decideRequest,
  decideWindowOpen,
  type NavigationPolicyOptions,
} from './security/navigationPolicy';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins (so IndexedDB and relative URLs
 * work), `secure` makes it a secure context (WebCrypto), `supportFetchAPI` lets the page fetch its own
 * files (the Argon2 WebAssembly), `codeCache` keeps start-up fast. No CSP bypass, no CORS, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves `app://hearth/...` from the built renderer folder, with the app's CSP on every answer. */
export function serveAppFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await readAppResponse(rendererDir, request.url, APP_HOST);
    // A Uint8Array over its own ArrayBuffer: the DOM's BodyInit type refuses a Node Buffer, whose memory may
    // be shared.
    return new Response(new Uint8Array(response.body), { status: response.status, headers: response.headers });
  });
}

/** Locks a session down: no permissions but the page's own two, no requests off the app's origin, no spell-checker downloads. */
export function hardenSession(session: Session, policy: NavigationPolicyOptions): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decidePermission(permission, details.requestingUrl, policy)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => decidePermission(permission, requestingOrigin, policy));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: decideRequest(details.url, policy) === 'cancel' });
  });
  // Off in every window (webPreferences.spellcheck) and in the session; and should anything turn it back on,
  // Hunspell's dictionary download points at the app's own origin, which has no dictionaries, instead of
  // Google's servers. (A no-op on macOS, whose spell-checker is the system's and downloads nothing.)
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-spellchecker-dictionaries/`);
}

/**
 * Applies the navigation rules to every web contents Electron ever creates (the main window, the print
 * window, anything else), so no page can navigate away, embed a webview or open a window.
 * @param offerExternal called for an https link the page tried to open in a new window; it may ask the
 *   person whether to open it in their browser, and must never open it without asking.
 */
export function guardAllWebContents(policy: NavigationPolicyOptions, offerExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy, offerExternal));
}

function guardWebContents(
  contents: WebContents,
  policy: NavigationPolicyOptions,
  offerExternal: (url: string) => void,
): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (decideNavigation(event.url, policy) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.offerExternal) offerExternal(url);
    return { action: decision.action };
  });
}
