/**
 * Renders export HTML to PDF in a window that is never shown and runs no JavaScript.
 *
 * The HTML is served from memory (`app://print/<id>.html`) through a protocol handler on a private,
 * in-memory session, rather than from a temporary file (which would put a couple's words on disk in plain
 * text) or a data: URL (which Chromium caps at 2 MB, less than a few years of entries). That session refuses
 * every permission and cancels every request but the document itself. Rules: security/printPolicy.ts.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session as electronSession, type Session } from 'electron';
import { createPrintWindow } from '../security/windowOptions';
import { decidePrintRequest, PRINT_CONTENT_SECURITY_POLICY, printDocumentUrl, printJobIdOf } from '../security/printPolicy';

/** No `persist:` prefix: the session lives in memory only and leaves nothing on disk. */
const PRINT_PARTITION = 'hearth-print';

/** Prints HTML to PDF, one hidden window per job. */
export class ElectronPdfPrinter {
  readonly #pending = new Map<string, string>();
  #session: Session | undefined;

  async printToPdf(html: string): Promise<Buffer> {
    const id = randomUUID();
    this.#pending.set(id, html);
    const window = createPrintWindow(BrowserWindow, this.#printSession());
    try {
      await window.loadURL(printDocumentUrl(id));
      return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
    } finally {
      this.#pending.delete(id);
      window.destroy();
    }
  }

  /** Created on first use: a session can only be made once the app is ready. */
  #printSession(): Session {
    if (this.#session) return this.#session;
    const print = electronSession.fromPartition(PRINT_PARTITION, { cache: false });
    const isPending = (id: string) => this.#pending.has(id);
    print.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    print.setPermissionCheckHandler(() => false);
    print.setSpellCheckerEnabled(false);
    print.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: decidePrintRequest(details.url, isPending) === 'cancel' });
    });
    print.protocol.handle('app', (request) => this.#serve(request.url));
    this.#session = print;
    return print;
  }

  #serve(url: string): Response {
    const id = printJobIdOf(url);
    const html = id === undefined ? undefined : this.#pending.get(id);
    const headers = { 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (html === undefined) return new Response('Not found', { status: 404, headers });
    return new Response(html, { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
  }
}
