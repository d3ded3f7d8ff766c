/**
 * Which addresses may ever leave the app for the system browser: plain https to a real host name, with no
 * user name or password smuggled into it. Everything else (http, javascript:, file:, data:, custom schemes)
 * is refused before anyone is asked.
 */
import { safeParseUrl } from './appOrigin';

export function isAllowedExternalUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point of this check
  if (typeof raw !== 'string' || raw.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(raw)) return false;
  const url = safeParseUrl(raw);
  if (!url) return false;
  return (
    url.protocol === 'https:' &&
    url.hostname.includes('.') &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}
