/**
 * Export to PDF, read back with poppler: the chosen range and sections and nothing else, private entries
 * only when asked for (and never the partner's), sealed answers never, page numbers, a hostile corpus printed
 * as plain text that runs and fetches nothing, and no plaintext left anywhere but the saved PDF.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { ADA, BO, expect, test } from './fixtures';
import { CheckinsPage } from './pages/CheckinsPage';
import { ExportPage } from './pages/ExportPage';
import { JournalPage } from './pages/JournalPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import { scanFor, textPatterns } from './rig/diskScan';
import { recentlyChanged } from './rig/recentFiles';
import { pdfInfo, pdfPageCount, pdfPagesText, pdfText } from './rig/pdfTools';
import type { Page } from '@playwright/test';

test.use({ fakeClock: true });

const mark = (field: string) => `qx${field}mk5213`;

/** What people write in a hostile corpus: it must print as the characters typed, and do nothing else. */
const HOSTILE = [
  '<script>document.title="pwned"</script>',
  '<img src="https://example.com/a.png" onerror="alert(1)">',
  '<svg onload="alert(2)"><circle r="4"/></svg>',
  '<a href="javascript:alert(3)">click me</a>',
  '<style>@import url(https://example.com/x.css); body{background:url(https://example.com/y.png)}</style>',
  '</style></head><body>',
].join(' ');

async function at(page: Page, date: Date): Promise<void> {
  await page.clock.setSystemTime(date);
}

async function switchTo(page: Page, passphrase: string): Promise<void> {
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(passphrase);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * March 2026 for Ada and Bo, written backwards in time (so no idle timer sees the clock jump ahead): in March
 * Bo writes a shared and a private appreciation and a weekly check-in Ada has not answered (sealed for her);
 * Ada writes a shared one with the hostile corpus, a private one and a quick check-in; in February, one more.
 */
async function writeMarchAndFebruary(page: Page): Promise<void> {
  const journal = new JournalPage(page);
  const checkins = new CheckinsPage(page);
  await switchTo(page, BO.passphrase);
  await at(page, new Date(2026, 2, 12, 20, 0));
  await journal.open();
  await journal.write(`Bo for both ${mark('boshared')} שלום, مرحبا 🌷`);
  await journal.write(`Bo alone ${mark('boprivate')}`, { privately: true });
  await checkins.open();
  await checkins.fill({ kind: 'Weekly', words: ['Good', 'Close', 'Some', 'At ease'], howAreYou: mark('bosealed') });
  await checkins.save();
  await switchTo(page, ADA.passphrase);
  await at(page, new Date(2026, 2, 10, 21, 0));
  await journal.open();
  await journal.write(`Ada for both ${mark('adashared')} ${HOSTILE}`);
  await journal.write(`Ada alone ${mark('adaprivate')}`, { privately: true });
  await checkins.open();
  await checkins.fill({ kind: 'Quick', words: ['Bright', 'Very close', 'Warm', 'At ease'], howAreYou: mark('adacheckin') });
  await checkins.save();
  await at(page, new Date(2026, 1, 3, 21, 0));
  await journal.open();
  await journal.write(`February ${mark('february')}`);
}

test('prints the chosen days and sections, private entries only when asked, and never the partner’s or a sealed answer', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await writeMarchAndFebruary(page);
  const exporter = new ExportPage(page);
  await exporter.open();
  await exporter.chooseDays('2026-03-01', '2026-03-31');
  await expect(exporter.count('Appreciations')).toHaveText('2 appreciations');
  await expect(exporter.count('Check-ins and trends')).toHaveText('1 check-in');
  await expect(exporter.preview).toContainText('1 private entry of yours is left out');
  await expect(exporter.preview).toContainText('1 weekly answer waits for both of you');

  const march = test.info().outputPath('march.pdf');
  await exporter.saveTo(app.platform, march);
  expect(app.platform.saveRequests.at(-1)).toEqual({ title: 'Save your journal as PDF', suggestedName: 'Hearth journal 2026-03-01 to 2026-03-31.pdf' });
  expect((await stat(march)).mode & 0o777).toBe(0o600);
  const text = pdfText(march);
  expect(text).toContain('Ada & Bo');
  expect(text).toContain('1 March 2026 – 31 March 2026');
  for (const present of ['adashared', 'boshared', 'adacheckin']) expect(text, present).toContain(mark(present));
  for (const absent of ['february', 'adaprivate', 'boprivate', 'bosealed']) expect(text, absent).not.toContain(mark(absent));
  expect(text).toContain('Tuesday, 10 March 2026');
  expect(text).toMatch(/Tue 10 Ada Quick Bright Very close Warm At ease/);
  // Right-to-left words and emoji come out as the characters written.
  expect(text).toContain('שלום');
  expect(text).toContain('مرحبا');
  // The emoji reaches the print engine intact (this machine has no colour emoji font to draw it with).
  expect(app.platform.printedHtml.at(-1)).toContain('🌷');
  // The hostile corpus is text on the page; the document ran and fetched nothing (the fixture checks the printer).
  expect(text).toContain('<script>document.title="pwned"</script>');
  expect(text).toContain('<a href="javascript:alert(3)">click me</a>');
  expect(text).toContain('@import url(https://example.com/x.css)');
  const printed = app.platform.printedHtml.at(-1)!;
  expect(printed).not.toMatch(/<script|<img|<svg onload|<a |<link|<base|<style>@import|javascript:alert\(3\)">/i);
  expect(printed).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');
  // Page numbers on every page but the cover, and a running header with the names.
  const pages = pdfPagesText(march);
  expect(pages.length).toBeGreaterThan(2);
  expect(pages[0]).not.toMatch(/1 of \d+/);
  for (const [index, pageText] of pages.entries()) if (index > 0) expect(pageText).toContain(`${index + 1} of ${pages.length}`);
  expect(pages[1]).toContain('Ada & Bo · 1 March 2026 – 31 March 2026');

  // With the box ticked: Ada's own private entry, still never Bo's.
  await exporter.setIncludePrivate(true);
  await expect(exporter.preview).not.toContainText('left out');
  await expect(exporter.count('Appreciations')).toHaveText('3 appreciations');
  const withPrivate = test.info().outputPath('march-private.pdf');
  await exporter.saveTo(app.platform, withPrivate);
  const privateText = pdfText(withPrivate);
  expect(privateText).toContain(mark('adaprivate'));
  expect(privateText).not.toContain(mark('boprivate'));
  expect(privateText).not.toContain(mark('bosealed'));

  // Only the check-ins: the appreciations are gone, the charts are there.
  await exporter.toggleSection('Appreciations');
  await exporter.toggleSection('Exercise log and practice calendar');
  await exporter.toggleSection('Love languages');
  const checkinsOnly = test.info().outputPath('checkins.pdf');
  await exporter.saveTo(app.platform, checkinsOnly);
  const checkinsText = pdfText(checkinsOnly);
  expect(checkinsText).toContain(mark('adacheckin'));
  expect(checkinsText).not.toContain(mark('adashared'));
  expect(checkinsText).toContain('Feeling close');
  expect(app.platform.printedHtml.at(-1)).toMatch(/<svg[^>]*class="chart"/);

  // Everything: February is in, and the document grows with the range.
  await exporter.toggleSection('Appreciations');
  await exporter.chooseRange('Everything');
  await expect(exporter.count('Appreciations')).toHaveText('4 appreciations');
  const everything = test.info().outputPath('everything.pdf');
  await exporter.saveTo(app.platform, everything);
  expect(pdfText(everything)).toContain(mark('february'));
  expect(pdfPageCount(everything)).toBeGreaterThan(pdfPageCount(checkinsOnly));
  expect(pdfInfo(everything)['Page size']).toContain('(A4)');
});

test('a cancelled save dialog writes nothing, and no plaintext is left anywhere but the saved PDF', async ({ app }) => {
  test.setTimeout(120_000);
  const started = Date.now();
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write(`Tonight ${mark('scanned')}`);
  const exporter = new ExportPage(page);
  await exporter.open();
  await expect(exporter.count('Appreciations')).toHaveText('1 appreciation');
  // The person closes the save dialog: nothing printed, nothing written.
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled. Nothing was saved.' })).toBeVisible();
  expect(app.platform.printedHtml).toEqual([]);
  const saved = test.info().outputPath('saved', 'ours.pdf');
  await mkdir(test.info().outputPath('saved'), { recursive: true });
  await exporter.saveTo(app.platform, saved);
  expect(pdfText(saved)).toContain(mark('scanned'));
  await app.quit();

  // Prove the scan sees plaintext where it is: the printed document, written out here on purpose.
  const proofDir = test.info().outputPath('proof');
  await mkdir(proofDir, { recursive: true });
  await writeFile(`${proofDir}/document.html`, app.platform.printedHtml.at(-1)!);
  expect(await scanFor([proofDir], textPatterns(mark('scanned')))).not.toEqual([]);
  const folders = [app.profileDir, app.dataDir, ...(await recentlyChanged(tmpdir(), started))];
  expect(await scanFor(folders, textPatterns(mark('scanned'))), 'the entry in plain text outside the saved PDF').toEqual([]);
});
