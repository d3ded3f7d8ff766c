/**
 * The rig's printer is real: Chromium's print engine, with JavaScript off and nothing fetched, so the export
 * tests read real PDFs.
 */
import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ChromiumPdfPrinter } from './rig/chromiumPrinter';
import { pdfInfo, pdfText } from './rig/pdfTools';

test('prints a real PDF, runs no script and fetches nothing', async () => {
  const testInfo = test.info();
  const printer = new ChromiumPdfPrinter();
  const html = `<!doctype html><html><head><style>@page { size: A5; margin: 15mm }</style></head><body>
    <h1>Printed words</h1>
    <p id="target">before</p>
    <script>document.getElementById('target').textContent = 'script ran'</script>
    <img src="https://example.com/tracker.png" alt="">
    <p style="background: url(https://example.com/bg.png)">after</p>
  </body></html>`;
  try {
    const path = testInfo.outputPath('printed.pdf');
    await writeFile(path, await printer.printToPdf(html));
    expect(pdfInfo(path)['Page size']).toContain('(A5)');
    const text = pdfText(path);
    expect(text).toContain('Printed words');
    expect(text).toContain('before');
    expect(text).not.toContain('script ran');
    // The print CSP stops the image and the background before any request is made; nothing reached the router.
    expect(printer.blockedRequests).toEqual([]);
  } finally {
    await printer.close();
  }
});
