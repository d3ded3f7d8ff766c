/**
 * One run of the benchmark on a fresh app: builds the sample vault of the given length in the real renderer
 * (pageHarness.ts), fails loudly unless every record reads back through its repository and Today's loads
 * find today's content, then measures each budgeted figure. Timing lives here and in the harness, never in
 * tests. Must not print the report (runBench.ts does) or judge budgets.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import globalSetup from '../../tests/e2e/rig/globalSetup';
import { HearthApp } from '../../tests/e2e/rig/hearthApp';
import { RENDERER_DIR } from '../../tests/e2e/rig/paths';
import type { BackupTimes } from './backupTiming';
import type { BuiltVault } from './pageHarness';
import { timeExports } from './exportTiming';
import { startupScriptGzipBytes } from './startupScriptSize';

export const PASSPHRASES = { a: 'benchmark passphrase for sam', b: 'benchmark passphrase for alex' };

export interface Row {
  measure: string;
  value: number | null;
  unit: string;
  budget: number | null;
  note?: string;
}

export interface SuiteResult {
  years: number;
  records: number;
  rows: Row[];
  /** From the Enter key to every part of Today filled in from the vault (no budget; for growth). */
  todayFilledMs: number;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

const bundles = new Map<string, Promise<string>>();
/** A script of this folder bundled for the page (esbuild, without the names tsx would add for Node). */
function pageScript(file: string): Promise<string> {
  const built = bundles.get(file) ?? build({
    entryPoints: [join(__dirname, file)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  bundles.set(file, built);
  return built;
}

/** The built search worker, as a URL relative to the renderer's page. */
async function searchWorkerUrl(): Promise<string> {
  const name = (await readdir(join(RENDERER_DIR, 'assets'))).find((file) => /^search\.worker-.*\.js$/.test(file));
  if (!name) throw new Error('No built search worker in out/renderer/assets; run electron-vite build first.');
  return `./assets/${name}`;
}

export async function runSuite(years: number, say: (text: string) => void): Promise<SuiteResult> {
  // The rig's page bridge (the preload's stand-in) is bundled by the e2e global setup; a fresh tree has none.
  await globalSetup();
  const app = new HearthApp({ baseDir: await mkdtemp(join(tmpdir(), 'hearth-bench-')) });
  await app.launch();
  await app.page.exposeFunction('__benchProgress', say);
  const source = await pageScript('pageHarness.ts');
  const bench = (script: string) => app.page.evaluate(`${source}\n${script}`);

  say(`Building a ${years}-year vault through the app's repositories: `);
  const built = (await bench(`__hearthBench.createVault(${JSON.stringify(PASSPHRASES)}, ${years})`)) as BuiltVault;
  say(`${built.records} records.\n`);
  assertReadBack(built);
  const kdfMs = (await bench('__hearthBench.timeKeyDerivation()')) as number;
  const saves = (await bench(`__hearthBench.timeSaves(${JSON.stringify(PASSPHRASES.a)}, 100)`)) as number[];
  const workerUrl = await searchWorkerUrl();
  const search = (await bench(`__hearthBench.timeSearch(${JSON.stringify(PASSPHRASES.a)}, ${JSON.stringify(workerUrl)}, 100)`)) as {
    entries: number;
    readyMs: number;
    queryMs: number[];
    longTasks: number[];
  };

  const backups = (await bench(`__hearthBench.timeBackups(${JSON.stringify(PASSPHRASES.a)})`)) as BackupTimes;

  await app.restart();
  const today = await unlockToToday(app, built.days);
  say('Exporting the last year, then everything, to PDF through the Export screen… ');
  const exports = await timeExports(app);
  say('done.\n');
  await app.quit();

  const startup = await startupScriptGzipBytes(RENDERER_DIR);
  const rows: Row[] = [
    { measure: 'key derivation (Argon2id 64 MiB, 3 passes)', value: kdfMs, unit: 'ms', budget: null },
    { measure: 'unlock to Today shown', value: today.shownMs, unit: 'ms', budget: kdfMs + 250, note: 'key derivation + 250 ms' },
    { measure: 'save an entry (durable), p95', value: p95(saves), unit: 'ms', budget: 100 },
    { measure: 'whole history searchable after unlock', value: search.readyMs, unit: 'ms', budget: 3000, note: `${search.entries} entries read and indexed` },
    {
      measure: 'main-thread tasks over 50 ms while indexing',
      value: search.longTasks.length,
      unit: '',
      budget: 0,
      note: search.longTasks.length ? `longest ${Math.max(...search.longTasks).toFixed(0)} ms` : undefined,
    },
    { measure: 'search, keystroke to results, p95', value: p95(search.queryMs), unit: 'ms', budget: 50 },
    { measure: 'renderer start-up script (gzip)', value: startup.bytes / 1024, unit: 'KB', budget: 200 },
    {
      measure: 'PDF of the last year with charts, range chosen to file saved',
      value: exports.year.ms,
      unit: 'ms',
      budget: 3000,
      note: `${exports.year.pages} pages, every section`,
    },
    {
      measure: 'PDF of everything, range chosen to file saved',
      value: exports.everything.ms,
      unit: 'ms',
      budget: 30_000,
      note: `${exports.everything.pages} pages; progress on screen in ${exports.everything.progressSeen} of ${exports.everything.samples} samples`,
    },
    ...backupRows(backups),
  ];
  return { years, records: built.records, rows, todayFilledMs: today.filledMs };
}

/**
 * Backup and restore of the whole vault. Budgets: a backup reads every record (a Dexie read of 20,000 is
 * about 1 s here), encodes and hashes about 30 MB, and main writes, flushes and reads it back: 5 s. A
 * restore checks the same, runs one Argon2id derivation (0.4 s) and stores every record in one transaction
 * (a bulkPut of 20,000 is about 2.8 s here): 8 s. Neither is on a path a person waits on often.
 */
function backupRows(times: BackupTimes): Row[] {
  const size = `${times.records} records, ${(times.sizeBytes / 1024 / 1024).toFixed(1)} MB`;
  const steps = Object.entries(times.steps).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join('; ');
  return [
    { measure: 'back up the vault and verify it', value: times.backupMs, unit: 'ms', budget: 5000, note: size },
    { measure: 'longest main-thread task while backing up', value: times.backupLongestTaskMs, unit: 'ms', budget: null },
    { measure: 'restore the vault from that backup', value: times.restoreMs, unit: 'ms', budget: 8000, note: 'check, open with a passphrase, replace' },
    { measure: 'longest main-thread task while restoring', value: times.restoreLongestTaskMs, unit: 'ms', budget: null, note: steps },
  ];
}

/** Throws, naming every shortfall, unless each partner read back all that was written and Today found its content. */
function assertReadBack(built: BuiltVault): void {
  const failures: string[] = [];
  for (const partner of ['a', 'b'] as const) {
    for (const line of built.readBack[partner]) {
      if (line.read !== line.written) failures.push(`as ${partner}: ${line.what}: ${line.read} read of ${line.written}`);
    }
  }
  failures.push(...built.todayProblems.map((problem) => `Today: ${problem}`));
  if (failures.length > 0) {
    throw new Error(`The sample vault does not read back as a real one:\n  ${failures.join('\n  ')}`);
  }
  const checked = built.readBack.a.length + built.readBack.b.length;
  console.log(`Every record read back through its repository as each partner (${checked} counts agree); Today's loads found today's content.`);
}

/**
 * Through the real lock screen as Sam, measured in the page from the Enter key: to Today's heading (the
 * budgeted figure), and on to every part filled in from the vault: the day count (checked against the days
 * written), both partners' appreciations tonight, Alex's sealed weekly answer, and the plan's next exercise.
 */
async function unlockToToday(app: HearthApp, days: number): Promise<{ shownMs: number; filledMs: number }> {
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASES.a);
  await page.evaluate(await pageScript('todayWatch.ts'));
  await page.keyboard.press('Enter');
  const shownMs = await page.evaluate(() => (window as unknown as { __benchToday: Promise<number> }).__benchToday);
  const filledMs = await page.evaluate(
    (timeoutMs) =>
      Promise.race([
        (window as unknown as { __benchFilled: Promise<number> }).__benchFilled,
        new Promise<number>((resolve) => setTimeout(() => resolve(-1), timeoutMs)),
      ]),
    120_000,
  );
  const text = (await page.locator('main').textContent()) ?? '';
  if (filledMs < 0) {
    const missing = [
      text.includes("You've shown up on") ? '' : 'the day count',
      text.split('Written tonight').length >= 3 ? '' : "both partners' appreciations tonight",
      text.includes('Alex has answered') ? '' : "Alex's sealed weekly answer",
      (await page.getByRole('button', { name: /^Start / }).count()) > 0 ? '' : "a Start for the plan's next exercise",
    ].filter(Boolean);
    throw new Error(`Today did not fill in from the vault within two minutes (missing ${missing.join(', ')}). It showed:\n${text}`);
  }
  const counted = Number(/You've shown up on ([\d,.\s]+) days/.exec(text)?.[1]?.replace(/\D/g, ''));
  if (counted !== days) throw new Error(`Today counted ${counted} days shown up, not the ${days} days written.`);
  return { shownMs, filledMs };
}
