/** Reads PDFs the way a test checks them: poppler's pdftotext and pdfinfo (installed with poppler-utils). */
import { execFileSync } from 'node:child_process';

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
export function pdfPagesText(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** The whole text, pages joined, runs of white space made one space. */
export function pdfText(path: string): string {
  return pdfPagesText(path).join('\n').replace(/\s+/g, ' ');
}

/** pdfinfo's fields (Pages, Page size, Title…). */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').flatMap((line) => {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    return match ? [[match[1]!.trim(), match[2]!.trim()]] : [];
  }));
}

export function pdfPageCount(path: string): number {
  return Number(pdfInfo(path)['Pages']);
}
