/**
 * `npm run bench`: builds the sample couple's ten-year vault (about 20,800 records; sampleVault.ts) through
 * the app's own repositories in the real renderer, fails unless every record reads back through them, then
 * measures each figure beside the performance budget set for it (in benchSuite.ts). The exit code says whether the default-size figures are
 * within their budgets.
 *
 *   --records N     also builds a vault of about N records (more years of the same life) in a second fresh
 *                   app, and prints each figure at both sizes with how it grew beside how the vault grew
 *   --baseline FILE with --records: take the default-size figures from an earlier `--json` file instead of
 *                   measuring them again in this run
 *   --json FILE     writes the figures
 */
import { readFile, writeFile } from 'node:fs/promises';
import { printGrowth, printTable } from './benchReport';
import { runSuite, type SuiteResult } from './benchSuite';
import { RECORDS_PER_YEAR } from './sampleVault';

const DEFAULT_YEARS = 10;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const say = (text: string) => void process.stdout.write(text);

function isOverBudget(result: SuiteResult): boolean {
  return result.rows.some((row) => row.value !== null && row.budget !== null && row.value > row.budget);
}

/** A default-size result from an earlier `--json` (either a plain run's or a `--records` run's). */
async function readBaseline(file: string): Promise<SuiteResult> {
  const saved = JSON.parse(await readFile(file, 'utf8')) as Partial<SuiteResult> & { default?: SuiteResult };
  const result = saved.default ?? saved;
  if (!Array.isArray(result.rows) || typeof result.records !== 'number') throw new Error(`${file} holds no benchmark figures.`);
  return { years: result.years ?? DEFAULT_YEARS, records: result.records, rows: result.rows, todayFilledMs: result.todayFilledMs ?? NaN };
}

async function main(): Promise<void> {
  const jsonFile = option('--json');
  const recordsOption = option('--records');
  const baselineFile = option('--baseline');
  if (recordsOption === undefined) {
    const result = await runSuite(DEFAULT_YEARS, say);
    printTable(result);
    if (jsonFile) await writeFile(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
    if (isOverBudget(result)) process.exitCode = 1;
    return;
  }

  const wanted = Number(recordsOption);
  if (!Number.isInteger(wanted) || wanted <= 0) throw new Error(`--records wants a whole number of records, not "${recordsOption}".`);
  const years = Math.max(1, Math.round(wanted / RECORDS_PER_YEAR));
  let base: SuiteResult;
  if (baselineFile) {
    base = await readBaseline(baselineFile);
    say(`Default-size figures from ${baselineFile} (${base.records} records).\n`);
  } else {
    say('First the default size, to compare against.\n');
    base = await runSuite(DEFAULT_YEARS, say);
    printTable(base);
    say(`\nNow about ${wanted} records (${years} years); building it takes a few minutes.\n`);
  }
  const large = await runSuite(years, say);
  printTable(large);
  printGrowth(base, large, baselineFile ? `read from ${baselineFile}` : 'measured earlier in this run, on a fresh app');
  if (jsonFile) await writeFile(jsonFile, `${JSON.stringify({ default: base, large }, null, 2)}\n`);
  if (isOverBudget(base)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
