/**
 * The app's Content-Security-Policy, written once. Main sends it as a header from the app:// handler and the
 * renderer build puts it in a meta tag; the end-to-end rig's server sends the same header, because a worker
 * obeys only the policy of its own response, not the page's meta tag.
 *
 * - No inline script and no eval. 'wasm-unsafe-eval' lets hash-wasm compile its Argon2id WebAssembly; it
 *   does not allow eval of JavaScript.
 * - connect-src 'self' and nothing else: the app's own files, never the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'none'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');
