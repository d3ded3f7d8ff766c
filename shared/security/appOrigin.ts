/**
 * The app's one origin. Never change the scheme or host: IndexedDB belongs to an origin, so a new one would
 * make every couple's journal seem to vanish.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for a URL on exactly the app's origin: scheme `app`, host `hearth`, no user, password or port.
 * `app://hearth@evil/` (user "hearth" at host "evil"), `app://hearth.evil/` and `APP://HEARTH/` are not.
 */
export function isAppOriginUrl(raw: string, origin: string = APP_ORIGIN): boolean {
  const url = safeParseUrl(raw);
  const expected = safeParseUrl(origin);
  if (!url || !expected) return false;
  return (
    url.protocol === expected.protocol &&
    url.host === expected.host &&
    url.username === '' &&
    url.password === ''
  );
}

export function safeParseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
