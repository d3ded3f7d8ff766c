/**
 * `npm run bench`: builds a ten-year vault (two partners, about 20,000 records) through the app's own
 * repositories in the real renderer, then measures what BRIEF.md budgets, beside each budget. Prints a
 * table, and JSON with `--json FILE`. Timing lives here, never in tests.
 */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import globalSetup from '../../tests/e2e/rig/globalSetup';
import { HearthApp } from '../../tests/e2e/rig/hearthApp';
import { RENDERER_DIR } from '../../tests/e2e/rig/paths';
import { startupScriptGzipBytes } from './startupScriptSize';

const PASSPHRASES = { a: 'benchmark passphrase for sam', b: 'benchmark passphrase for alex' };
const YEARS = 10;

interface Row {
  measure: string;
  value: number | null;
  unit: string;
  budget: number | null;
  note?: string;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

async function harnessSource(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'pageHarness.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** The built search worker, as a URL relative to the renderer's page. */
async function searchWorkerUrl(): Promise<string> {
  const name = (await readdir(join(RENDERER_DIR, 'assets'))).find((file) => /^search\.worker-.*\.js$/.test(file));
  if (!name) throw new Error('No built search worker in out/renderer/assets; run electron-vite build first.');
  return `./assets/${name}`;
}

async function unlockToToday(app: HearthApp): Promise<number> {
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASES.a);
  // Measured in the page: from the Enter key to Today's heading in the document.
  await page.evaluate(() => {
    const state = window as unknown as { __benchStart?: number; __benchToday?: Promise<number> };
    state.__benchToday = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const heading = document.querySelector('main h1');
        if (heading?.textContent?.includes('Today')) {
          observer.disconnect();
          resolve(performance.now() - (state.__benchStart ?? 0));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    document.addEventListener('keydown', () => (state.__benchStart = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { __benchToday: Promise<number> }).__benchToday);
}

async function main(): Promise<void> {
  const jsonIndex = process.argv.indexOf('--json');
  const jsonFile = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;
  // The rig's page bridge (the preload's stand-in) is bundled by the e2e global setup; a fresh tree has none.
  await globalSetup();
  const app = new HearthApp({ baseDir: await mkdtemp(join(tmpdir(), 'hearth-bench-')) });
  await app.launch();
  const harness = await harnessSource();
  const bench = (script: string) => app.page.evaluate(`${harness}\n${script}`);

  process.stdout.write(`Building a ${YEARS}-year vault through the app's repositories… `);
  const built = (await bench(`__hearthBench.createVault(${JSON.stringify(PASSPHRASES)}, ${YEARS})`)) as { records: number };
  console.log(`${built.records} records.`);
  const kdfMs = (await bench('__hearthBench.timeKeyDerivation()')) as number;
  const saves = (await bench(`__hearthBench.timeSaves(${JSON.stringify(PASSPHRASES.a)}, 100)`)) as number[];
  const workerUrl = await searchWorkerUrl();
  const search = (await bench(`__hearthBench.timeSearch(${JSON.stringify(PASSPHRASES.a)}, ${JSON.stringify(workerUrl)}, 100)`)) as {
    entries: number;
    readyMs: number;
    queryMs: number[];
    longTasks: number[];
  };

  await app.restart();
  const unlockMs = await unlockToToday(app);
  await app.quit();

  const startup = await startupScriptGzipBytes(RENDERER_DIR);
  const rows: Row[] = [
    { measure: 'key derivation (Argon2id 64 MiB, 3 passes)', value: kdfMs, unit: 'ms', budget: null },
    { measure: 'unlock to Today shown', value: unlockMs, unit: 'ms', budget: kdfMs + 250, note: 'key derivation + 250 ms' },
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
    { measure: 'renderer start-up script (gzip)', value: startup.bytes / 1024, unit: 'KB', budget: 300 },
  ];
  printTable(rows, built.records);
  if (jsonFile) await writeFile(jsonFile, `${JSON.stringify({ records: built.records, rows }, null, 2)}\n`);
  const over = rows.filter((row) => row.value !== null && row.budget !== null && row.value > row.budget);
  if (over.length > 0) process.exitCode = 1;
}

function printTable(rows: Row[], records: number): void {
  console.log(`\nHearth benchmark, ${records} records (two partners, ${YEARS} years)\n`);
  console.log(`${'measure'.padEnd(46)} ${'value'.padStart(10)} ${'budget'.padStart(10)}  result`);
  for (const row of rows) {
    const value = row.value === null ? 'n/a' : `${row.value.toFixed(row.unit === 'KB' ? 1 : 0)} ${row.unit}`;
    const budget = row.budget === null ? '' : `${row.budget.toFixed(0)} ${row.unit}`;
    const verdict = row.value === null ? row.note ?? '' : row.budget === null ? '' : row.value <= row.budget ? 'within' : `OVER${row.note ? ` (${row.note})` : ''}`;
    console.log(`${row.measure.padEnd(46)} ${value.padStart(10)} ${budget.padStart(10)}  ${verdict}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
