/** Types for electronegativity.mjs (plain JavaScript so `npm run lint` runs it with node alone). */
export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

export const ELECTRONEGATIVITY: string;
export function stripAnsi(text: string): string;
export function parseReport(output: string): { isUnderstood: boolean; findings: Finding[] };
export function highFindings(findings: Finding[]): Finding[];
