#!/usr/bin/env node
/**
 * `npm run lint`'s security gate: runs Doyensec's Electronegativity over electron/ and fails when it
 * reports anything of HIGH severity.
 *
 * Electronegativity exits 0 even when it finds problems, its CSV can garble rows and its SARIF drops the
 * severity (found by trying it, version 1.10.3), so this reads its console table. Fails closed: output it cannot
 * understand, or a tool that did not run, fails the gate too. Run through npx (offline from npm's cache),
 * not a dependency: it is too heavy for devDependencies.
 *
 * Usage: node scripts/electronegativity.mjs [--input <dir>]   (default: electron)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ELECTRONEGATIVITY = '@doyensec/electronegativity@1.10.3';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Removes terminal colour codes. */
export function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex -- matching the escape character is the point
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * Reads Electronegativity's console table. Each finding is one table row spread over several lines: the
 * check id on the first, "SEVERITY | CONFIDENCE" on a later one, the description continued line by line.
 * @returns {{ findings: Finding[], isUnderstood: boolean }} isUnderstood is false when the output holds
 *   neither a table nor the "No issues were found." line.
 * @typedef {{ check: string, severity: string, confidence: string, file: string, location: string, description: string }} Finding
 */
export function parseReport(output) {
  const text = stripAnsi(output);
  const findings = [];
  let row;
  let sawTable = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[┌├└]/.test(line)) {
      sawTable = true;
      row = undefined;
      continue;
    }
    if (!/^\s*│/.test(line)) continue;
    const [first = '', file = '', location = '', description = ''] = line.split('│').slice(1, -1).map((cell) => cell.trim());
    if (first === 'Check ID') continue;
    if (!row) {
      row = { check: first, severity: '', confidence: '', file, location, description: [] };
      findings.push(row);
    }
    const rating = /^(HIGH|MEDIUM|LOW|INFORMATIONAL)\s*\|\s*(\w+)/.exec(first);
    if (rating) [, row.severity, row.confidence] = rating;
    if (description) row.description.push(description);
  }
  const isUnderstood = sawTable || /No issues were found\./.test(text);
  return {
    isUnderstood,
    findings: findings.map((finding) => ({ ...finding, description: finding.description.join(' ') })),
  };
}

/** The findings that fail the gate. */
export function highFindings(findings) {
  return findings.filter((finding) => finding.severity === 'HIGH');
}

function electronVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function run(input) {
  const args = ['-y', ELECTRONEGATIVITY, '-i', input, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-s', 'high'];
  // Without -e it cannot find Electron's version in electron/ and judges against v0.1.0's defaults.
  args.push('-e', electronVersion());
  return spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
}

function main() {
  const inputIndex = process.argv.indexOf('--input');
  const input = inputIndex > 0 ? process.argv[inputIndex + 1] : 'electron';
  const result = run(input);
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  const report = parseReport(output);
  if (result.status !== 0 || !report.isUnderstood) {
    console.error(`Electronegativity did not run to the end (exit ${result.status ?? result.signal}); its output:`);
    console.error(stripAnsi(output).trim().split('\n').slice(-15).join('\n'));
    process.exit(1);
  }
  const high = highFindings(report.findings);
  for (const finding of high) {
    console.error(`HIGH ${finding.check} ${finding.file}:${finding.location} ${finding.description}`);
  }
  if (high.length > 0) {
    console.error(`Electronegativity: ${high.length} HIGH finding(s) in ${input}/.`);
    process.exit(1);
  }
  console.log(`Electronegativity: no HIGH findings in ${input}/.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
