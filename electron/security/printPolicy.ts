/**
 * The rules for the hidden window that renders export HTML to PDF (electron/platform/electronPrinter.ts).
 *
 * The document is served from memory at a one-time address on its own origin (`app://print/<id>.html`), in
 * an in-memory session, so the journal's plaintext never touches the disk as a temporary file and the print
 * page cannot reach the journal's storage. JavaScript is off in that window; on top of that, the page may
 * load nothing but itself: images and fonts must be inlined as `data:` URLs, styles inline.
 */
import { safeParseUrl } from '@shared/security/appOrigin';

const PRINT_HOST = 'print';

/** Inline styles and data: images and fonts; no script, no request to anywhere. */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** The one-time address a print job's document is served at. */
export function printDocumentUrl(id: string): string {
  return `app://${PRINT_HOST}/${id}.html`;
}

/** The job id a request names, or undefined when it is not a print document address. */
export function printJobIdOf(url: string): string | undefined {
  const parsed = safeParseUrl(url);
  if (!parsed || parsed.protocol !== 'app:' || parsed.host !== PRINT_HOST || parsed.username || parsed.password) {
    return undefined;
  }
  return /^\/([0-9a-f-]{36})\.html$/.exec(parsed.pathname)?.[1];
}

/** The print session loads only documents of jobs still in progress; every other request is cancelled. */
export function decidePrintRequest(url: string, isPendingJob: (id: string) => boolean): 'allow' | 'cancel' {
  const id = printJobIdOf(url);
  return id !== undefined && isPendingJob(id) ? 'allow' : 'cancel';
}
