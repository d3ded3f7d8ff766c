/**
 * The benchmark's tables: one run's figures beside their budgets, and (with `--records`) each figure at the
 * default size beside the large vault's, with how much it grew against how much the vault grew. Printing
 * only; the runs and the budgets' verdict on the exit code live elsewhere.
 */
import type { Row, SuiteResult } from './benchSuite';

const MEASURE_WIDTH = 46;

function formatValue(row: Row): string {
  return row.value === null ? 'n/a' : `${row.value.toFixed(row.unit === 'KB' ? 1 : 0)} ${row.unit}`.trimEnd();
}

function verdict(row: Row): string {
  if (row.value === null) return row.note ?? '';
  if (row.budget === null) return '';
  return row.value <= row.budget ? 'within' : `OVER${row.note ? ` (${row.note})` : ''}`;
}

export function printTable(result: SuiteResult): void {
  console.log(`\nHearth benchmark, ${result.records} records (two partners, ${result.years} years)\n`);
  console.log(`${'measure'.padEnd(MEASURE_WIDTH)} ${'value'.padStart(10)} ${'budget'.padStart(10)}  result`);
  for (const row of result.rows) {
    const budget = row.budget === null ? '' : `${row.budget.toFixed(0)} ${row.unit}`.trimEnd();
    console.log(`${row.measure.padEnd(MEASURE_WIDTH)} ${formatValue(row).padStart(10)} ${budget.padStart(10)}  ${verdict(row)}`);
  }
  console.log(`\n(no budget) unlock to every part of Today filled in: ${result.todayFilledMs.toFixed(0)} ms`);
}

/**
 * How a figure grew with the vault: "flat" up to a quarter more, "slower than the vault" while it grew by
 * less than the vault did, else "faster than the vault". A count that was zero shows both counts instead.
 */
export function growthWords(before: number, after: number, sizeFactor: number): { factor: string; reading: string } {
  if (before === 0) return { factor: after === 0 ? '×1.00' : `0 → ${after}`, reading: after === 0 ? 'flat' : 'appeared' };
  const factor = after / before;
  const reading = factor <= 1.25 ? 'flat' : factor <= sizeFactor ? 'slower than the vault' : 'faster than the vault';
  return { factor: `×${factor.toFixed(2)}`, reading };
}

export function printGrowth(base: SuiteResult, large: SuiteResult, baseSource: string): void {
  const sizeFactor = large.records / base.records;
  console.log(`\nHearth benchmark: ${base.records} records (${base.years} years) against ${large.records} records (${large.years} years), the vault ×${sizeFactor.toFixed(2)}`);
  console.log(`Default-size figures: ${baseSource}.\n`);
  const header = ['measure'.padEnd(MEASURE_WIDTH), 'default'.padStart(10), 'large'.padStart(10), 'growth'.padStart(8), 'budget'.padStart(9)];
  console.log(`${header.join(' ')}  large vault`);
  const lines: [Row, Row][] = base.rows.flatMap((row) => {
    const match = large.rows.find((other) => other.measure === row.measure);
    return match ? [[row, match] as [Row, Row]] : [];
  });
  for (const [before, after] of lines) {
    const growth = before.value === null || after.value === null ? { factor: '', reading: '' } : growthWords(before.value, after.value, sizeFactor);
    const budget = after.budget === null ? '' : `${after.budget.toFixed(0)} ${after.unit}`.trimEnd();
    const cells = [before.measure.padEnd(MEASURE_WIDTH), formatValue(before).padStart(10), formatValue(after).padStart(10), growth.factor.padStart(8), budget.padStart(9)];
    console.log(`${cells.join(' ')}  ${[growth.reading, verdict(after)].filter(Boolean).join('; ')}`);
  }
  const filled = growthWords(base.todayFilledMs, large.todayFilledMs, sizeFactor);
  console.log(
    `\n(no budget) unlock to every part of Today filled in: ${base.todayFilledMs.toFixed(0)} ms → ${large.todayFilledMs.toFixed(0)} ms, ${filled.factor} (${filled.reading})`,
  );
}
