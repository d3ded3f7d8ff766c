/**
 * The rig's PDF printer: Chromium's own print engine (`page.pdf`, the engine Electron's printToPDF uses) on a
 * separate browser whose page runs no JavaScript and may load nothing but the document itself, served with
 * the print window's Content-Security-Policy, as electron/platform/electronPrinter.ts does. So end-to-end
 * tests get real PDFs, and see every request a document tried to make (`blockedRequests`).
 *
 * The browser is started on first use and its contexts are in-memory (Playwright's contexts keep nothing on
 * disk), standing in for the print window's in-memory session.
 */
import { randomUUID } from 'node:crypto';
import { chromium, type Browser } from '@playwright/test';
import { PRINT_CONTENT_SECURITY_POLICY } from '../../../electron/security/printPolicy';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** An address nothing answers: the document is handed to the page by the rig itself. */
const PRINT_ORIGIN = 'http://print.invalid';

export class ChromiumPdfPrinter {
  /** Everything a printed document asked for besides itself (all refused). */
  readonly blockedRequests: string[] = [];
  #browser: Promise<Browser> | undefined;

  async printToPdf(html: string): Promise<Buffer> {
    this.#browser ??= chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    const browser = await this.#browser;
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const documentUrl = `${PRINT_ORIGIN}/${randomUUID()}.html`;
    try {
      await context.route('**/*', (route) => {
        if (route.request().url() === documentUrl) {
          return route.fulfill({
            status: 200,
            headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY },
            body: html,
          });
        }
        this.blockedRequests.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      // No time limit, as in Electron: ten years of entries take a while to lay out on a busy machine.
      await page.goto(documentUrl, { waitUntil: 'load', timeout: 0 });
      // The same settings as ElectronPdfPrinter: A4 unless the document's @page says otherwise.
      return await page.pdf({ printBackground: true, preferCSSPageSize: true, format: 'A4' });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    await (await browser)?.close();
  }
}
