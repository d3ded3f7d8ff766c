/**
 * The export's print stylesheet: page size and margins, the running header and page numbers in the page's
 * margin boxes (Chromium's CSS paged media), the bundled typeface, a readable measure, entries that never
 * split across pages and headings that never end a page alone. The chart classes colour the History screen's
 * chart (checkins' PRINT_CHART_CLASSES). Light and plain: paper is white whatever the app's theme.
 */
import { cssString } from './printText';

export interface PageSetup {
  /** CSS page size: `A4` for a journal, `A5` for the keepsake book. */
  size: 'A4' | 'A5';
  /** Words repeated at the top of every page but the cover (people's names; escaped here). */
  runningHeader: string;
}

const PARTNER_A = '#b4532f';
const PARTNER_B = '#2f6f7a';

export function printStyles(setup: PageSetup, fontFaces: string): string {
  const margin = setup.size === 'A4' ? '22mm 24mm 22mm 24mm' : '16mm 15mm 18mm 15mm';
  return `${fontFaces}
@page { size: ${setup.size}; margin: ${margin};
  @top-center { content: ${cssString(setup.runningHeader)}; font: italic 8.5pt 'Hearth Literata', Georgia, serif; color: #77685c; }
  @bottom-center { content: counter(page) " of " counter(pages); font: 8.5pt 'Hearth Literata', Georgia, serif; color: #77685c; }
}
@page :first { @top-center { content: none; } @bottom-center { content: none; } }
:root { color: #2b2420; background: #fff; }
body { margin: 0; font-family: 'Hearth Literata', Georgia, 'DejaVu Serif', 'Noto Color Emoji', 'Noto Sans Arabic', 'Noto Sans Hebrew', serif;
  font-size: ${setup.size === 'A4' ? '10.5pt' : '10pt'}; line-height: 1.5; font-variant-numeric: oldstyle-nums;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 150mm; margin: 0 auto; }
h1, h2, h3, h4 { font-weight: 600; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 18pt; margin: 0 0 6mm; break-before: page; }
h3 { font-size: 13pt; margin: 8mm 0 3mm; color: #5b4a3e; }
h4 { font-size: 10.5pt; margin: 5mm 0 1.5mm; letter-spacing: 0.02em; }
p { margin: 0 0 2mm; orphans: 3; widows: 3; }
.cover { height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
.cover .brand { letter-spacing: 0.3em; text-transform: uppercase; font-size: 9pt; color: #8a7a6d; }
.cover h1 { font-size: 30pt; margin: 10mm 0 4mm; font-weight: 500; }
.cover .range { font-size: 13pt; color: #5b4a3e; }
.cover .made { margin-top: 30mm; font-size: 9pt; color: #8a7a6d; }
.contents h2 { break-before: auto; }
.contents ol { padding-left: 6mm; }
.contents li { margin-bottom: 2mm; }
.contents .count { color: #77685c; }
.note { color: #77685c; font-size: 9pt; }
.keep, .entry, .chart-figure, .calendar-month, .result { break-inside: avoid; page-break-inside: avoid; }
.entry { margin: 0 0 4mm; padding-left: 3mm; border-left: 2px solid var(--tone, #d8cfc6); }
.entry .meta { font-size: 8.5pt; color: #77685c; margin-bottom: 1mm; }
.entry .who { font-weight: 600; color: var(--tone); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; }
.label { font-size: 8.5pt; color: #77685c; }
.tags { font-size: 8.5pt; color: #77685c; }
.private { font-size: 8pt; border: 1px solid #c9bdb2; border-radius: 2mm; padding: 0 1.5mm; }
.tone-a { --tone: ${PARTNER_A}; }
.tone-b { --tone: ${PARTNER_B}; }
.charts { display: block; }
.chart-legend { list-style: none; padding: 0; margin: 0 0 4mm; display: flex; gap: 8mm; }
.chart-legend li { display: flex; align-items: center; gap: 2mm; font-weight: 600; }
.legend-swatch { width: 10mm; height: 4mm; overflow: visible; }
.chart-figure { margin: 0 0 6mm; }
.chart-figure h3 { margin: 0 0 1mm; font-size: 11pt; }
.chart-figure figcaption { font-size: 8.5pt; color: #77685c; }
.chart { display: block; width: 100%; height: auto; overflow: visible; }
.chart-grid { stroke: #e3dad2; stroke-width: 1; }
.chart-tick { fill: #77685c; font-family: 'Hearth Literata', Georgia, serif; font-size: 12px; }
.chart-line { fill: none; stroke: var(--tone); stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }
.chart-line.dashed { stroke-dasharray: 7 5; }
.chart-marker { fill: var(--tone); stroke: #fff; stroke-width: 1.5; }
table.checkins { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.35; }
table.checkins th { text-align: left; font-weight: 600; color: #5b4a3e; padding: 1mm 1.2mm; border-bottom: 1px solid #c9bdb2; }
table.checkins tbody { break-inside: avoid; page-break-inside: avoid; }
table.checkins td { padding: 0.9mm 1.2mm; vertical-align: top; border-top: 1px solid #efe6dc; }
table.checkins td.who { font-weight: 600; color: var(--tone); }
table.checkins tr.words td { border-top: none; padding-top: 0; padding-left: 6mm; }
.said { margin: 0 0 0.8mm; }
table.calendar { border-collapse: collapse; width: 100%; margin-bottom: 5mm; font-size: 8.5pt; }
table.calendar caption { text-align: left; font-weight: 600; padding-bottom: 1mm; }
table.calendar th { color: #77685c; font-weight: 400; padding: 1mm; }
table.calendar td { border: 1px solid #e3dad2; height: 9mm; vertical-align: top; padding: 0.8mm 1.2mm; width: 14.28%; }
table.calendar td.practised { background: #f6eee6; }
table.calendar .marks { display: block; color: ${PARTNER_A}; letter-spacing: 0.1em; }
`;
}
