/**
 * The export rows of the benchmark, through the real Export screen as Sam on the sample vault: from choosing
 * the range to the saved PDF (the preview's gathering, building the document in chunks, main's print in
 * Chromium's engine and the one write), for the last year with every section and charts, and for everything.
 * While the long export runs, it samples whether progress is on screen, so "with progress shown throughout"
 * is measured rather than assumed. Must not judge budgets (runBench.ts does).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HearthApp } from '../../tests/e2e/rig/hearthApp';
import { pdfPageCount } from '../../tests/e2e/rig/pdfTools';
import { ExportPage } from '../../tests/e2e/pages/ExportPage';

export interface ExportTiming {
  ms: number;
  pages: number;
  /** Of the moments sampled while the export ran, how many showed its progress (bar or status line). */
  progressSeen: number;
  samples: number;
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function timeOne(app: HearthApp, folder: string, name: string, choose: (exporter: ExportPage) => Promise<void>): Promise<ExportTiming> {
  const { page } = app;
  const exporter = new ExportPage(page);
  const path = join(folder, `${name}.pdf`);
  const started = performance.now();
  await choose(exporter);
  // The preview looks again (busy for at least its settle time), then shows its counts.
  await exporter.preview.and(page.locator('[aria-busy="true"]')).waitFor({ timeout: 5_000 });
  await exporter.preview.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 120_000 });
  await exporter.count('Appreciations').waitFor({ timeout: 120_000 });
  app.platform.savePathAnswers.push(path);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const saved = page.getByRole('status').filter({ hasText: /^Saved\./ });
  let samples = 0;
  let progressSeen = 0;
  const failed = page.getByRole('status').filter({ hasText: /could not/ });
  const deadline = Date.now() + 300_000;
  while (!(await saved.isVisible())) {
    if (await failed.isVisible()) throw new Error(`The ${name} export failed: ${await failed.textContent()} (main: ${app.internalErrors.join('; ') || 'no error'})`);
    if (Date.now() > deadline) throw new Error(`The ${name} export did not finish within five minutes.`);
    if (page.isClosed() || app.platform.reloadCount > 0) throw new Error(`The page went away during the ${name} export (errors: ${app.pageErrors.join('; ') || 'none'}).`);
    samples += 1;
    const showing = await page.getByRole('status').filter({ hasText: /Setting the pages|Printing and saving/ }).isVisible();
    if (showing) progressSeen += 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const ms = performance.now() - started;
  return { ms, pages: pdfPageCount(path), progressSeen, samples };
}

export async function timeExports(app: HearthApp): Promise<{ year: ExportTiming; everything: ExportTiming }> {
  const folder = await mkdtemp(join(tmpdir(), 'hearth-bench-pdf-'));
  try {
    await new ExportPage(app.page).open();
    const today = new Date();
    const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
    const year = await timeOne(app, folder, 'year', (exporter) => exporter.chooseDays(dayKey(yearAgo), dayKey(today)));
    const everything = await timeOne(app, folder, 'everything', (exporter) => exporter.chooseRange('Everything'));
    return { year, everything };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
