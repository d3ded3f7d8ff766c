#!/usr/bin/env node
/**
 * `npm test`: everything CI runs, in order, stopping at the first failure: typecheck, lint, unit tests,
 * build, end-to-end tests. Ends with one plain line, `N passed, N failed, N skipped`, counted from the
 * Vitest and Playwright JSON reports (skipped tests are never counted as passed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const UNIT_REPORT = 'test-results/unit-results.json';
const E2E_REPORT = 'test-results/e2e-results.json';

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`]],
  ['build', 'npm', ['run', '-s', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

mkdirSync('test-results', { recursive: true });
let failedStep;
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
addUnitCounts(counts);
addEndToEndCounts(counts);
if (failedStep) {
  console.log(`\n${failedStep} failed.`);
  if (counts.failed === 0) counts.failed = 1;
}
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function addUnitCounts(totals) {
  const report = readJson(UNIT_REPORT);
  if (!report) return;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function addEndToEndCounts(totals) {
  const report = readJson(E2E_REPORT);
  if (!report?.stats) return;
  totals.passed += report.stats.expected ?? 0;
  totals.failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
  totals.skipped += report.stats.skipped ?? 0;
}
