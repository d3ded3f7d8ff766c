import { describe, expect, it } from 'vitest';
import { highFindings, parseReport } from './electronegativity.mjs';

const ESC = '\u001b';
const grey = (text: string) => `${ESC}[90m${text}${ESC}[39m`;
const bar = grey('│');

/** Electronegativity 1.10.3's console table, as it printed it for an app with two HIGH findings. */
const REPORT_WITH_FINDINGS = [
  '41 check(s) successfully loaded: 5 global, 36 atomic',
  grey('┌───────────────────────────────┬───────────────┬──────────┬──────────────────────────────────────────────────┐'),
  `${bar}${ESC}[31m Check ID                      ${ESC}[39m${bar}${ESC}[31m Affected File ${ESC}[39m${bar}${ESC}[31m Location ${ESC}[39m${bar}${ESC}[31m Issue Description                                ${ESC}[39m${bar}`,
  grey('├───────────────────────────────┼───────────────┼──────────┼──────────────────────────────────────────────────┤'),
  `${bar} LIMIT_NAVIGATION_GLOBAL_CHECK ${bar} N/A           ${bar} 0:0      ${bar} Missing navigation limits using .on new-window   ${bar}`,
  `${bar} HIGH | CERTAIN                ${bar}               ${bar}          ${bar} and will-navigate events                         ${bar}`,
  `${bar}                               ${bar}               ${bar}          ${bar} https://git.io/JeuMs                             ${bar}`,
  grey('├───────────────────────────────┼───────────────┼──────────┼──────────────────────────────────────────────────┤'),
  `${bar} OPEN_EXTERNAL_JS_CHECK        ${bar} links.ts      ${bar} 25:12    ${bar} Review the use of openExternal                   ${bar}`,
  `${bar} *Review Required*             ${bar}               ${bar}          ${bar} https://git.io/JeuMC                             ${bar}`,
  `${bar} MEDIUM | TENTATIVE            ${bar}               ${bar}          ${bar}                                                  ${bar}`,
  grey('├───────────────────────────────┼───────────────┼──────────┼──────────────────────────────────────────────────┤'),
  `${bar} CONTEXT_ISOLATION_JS_CHECK    ${bar} main.js       ${bar} 2:71     ${bar} Review the use of the contextIsolation option    ${bar}`,
  `${bar} HIGH | FIRM                   ${bar}               ${bar}          ${bar} https://git.io/Jeu1p                             ${bar}`,
  grey('└───────────────────────────────┴───────────────┴──────────┴──────────────────────────────────────────────────┘'),
].join('\n');

describe('reading Electronegativity’s report', () => {
  it('finds each row with its severity, file and whole description', () => {
    const report = parseReport(REPORT_WITH_FINDINGS);
    expect(report.isUnderstood).toBe(true);
    expect(report.findings.map((finding) => [finding.check, finding.severity])).toEqual([
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH'],
    ]);
    expect(report.findings[0]?.description).toBe(
      'Missing navigation limits using .on new-window and will-navigate events https://git.io/JeuMs',
    );
    expect(report.findings[2]).toMatchObject({ file: 'main.js', location: '2:71', confidence: 'FIRM' });
  });

  it('fails the gate on HIGH findings only', () => {
    expect(highFindings(parseReport(REPORT_WITH_FINDINGS).findings).map((finding) => finding.check)).toEqual([
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
    ]);
  });

  it('passes a clean scan', () => {
    const report = parseReport('41 check(s) successfully loaded: 5 global, 36 atomic\n\nNo issues were found.\n');
    expect(report).toEqual({ isUnderstood: true, findings: [] });
  });

  it('does not take output it cannot read for a clean scan', () => {
    expect(parseReport('npm ERR! network request failed').isUnderstood).toBe(false);
    expect(parseReport('').isUnderstood).toBe(false);
  });
});
