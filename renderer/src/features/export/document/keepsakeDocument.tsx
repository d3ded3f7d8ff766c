/**
 * A keepsake year: a year of appreciations as a small A5 book, each day on a page of its own; the year's
 * check-in chart (by month, the History screen's own chart) closes the book. It reads the same gathered,
 * privacy-filtered content as the journal export.
 *
 * One day per page, not per spread: Chromium's print engine treats `break-before: right` as a plain page
 * break (checked with Chromium 156), and without script a document cannot know how many pages a day took,
 * so it cannot pad to the next right-hand page itself.
 */
import { loadPrintTrendCharts } from '@renderer/features/checkins';
import { monthKey } from '@shared/checkins';
import { coupleName, nameOf, type ExportContent } from '../exportContent';
import { AppreciationEntry, groupByDay } from './AppreciationParts';
import { embeddedFontFaces } from './fontFaces';
import { printStyles } from './printStyles';
import { printDay, printShortDay } from './printText';
import { renderInChunks, wrapDocument, type ChunkOptions, type DocumentPiece } from './renderInChunks';

const KEEPSAKE_STYLES = `
.cover { height: 170mm; }
.day { break-before: page; page-break-before: always; }
.day h2 { break-before: auto; font-size: 13pt; font-weight: 500; margin: 0 0 5mm; color: #5b4a3e; }
.entry { border-left: none; padding-left: 0; margin-bottom: 6mm; }
.entry .text { font-size: 11pt; line-height: 1.6; }
.year-end { break-before: page; page-break-before: always; }
.year-end h2 { break-before: auto; }
`;

export async function buildKeepsakeDocument(content: ExportContent, year: number, options: ChunkOptions & { now?: Date } = {}): Promise<string> {
  const { people } = content;
  const couple = coupleName(people) || nameOf(people, people.viewer);
  const [fontFaces, charts] = await Promise.all([embeddedFontFaces(), loadPrintTrendCharts()]);
  const pieces: DocumentPiece[] = [
    () => (
      <section className="cover">
        <p className="brand">Hearth · a keepsake</p>
        <h1 dir="auto">{couple}</h1>
        <p className="range">Our {year}, in the words we gave each other</p>
        <p className="made">Made on {printShortDay((options.now ?? new Date()).getTime())}. Private: keep it somewhere only the two of you can reach.</p>
      </section>
    ),
  ];
  for (const { day, items } of groupByDay(content.appreciations, (entry) => entry.createdAt)) {
    pieces.push(() => (
      <section className="day">
        <h2>{printDay(day)}</h2>
        {items.map((entry) => (
          <AppreciationEntry key={entry.id} entry={entry} people={people} />
        ))}
      </section>
    ));
  }
  if (content.appreciations.length === 0) pieces.push(() => <p className="note">No appreciations were written that year.</p>);
  const inputs = content.checkins.map((entry) => ({ author: entry.author, day: entry.checkin.day, scales: entry.checkin.scales }));
  const months = Array.from({ length: 12 }, (_, month) => monthKey(new Date(year, month, 1)));
  const partners = (['a', 'b'] as const).filter((slot) => people.names[slot]).map((slot) => ({ id: slot, name: nameOf(people, slot) }));
  pieces.push(() => (
    <section className="year-end">
      <h2>Our year in check-ins</h2>
      {inputs.length > 0 ? (
        <charts.PrintTrendCharts inputs={inputs} partners={partners} range="months" periods={months} />
      ) : (
        <p className="note">No check-ins that year.</p>
      )}
    </section>
  ));
  const body = await renderInChunks(pieces, options);
  const css = `${printStyles({ size: 'A5', runningHeader: `${couple} · ${year}` }, fontFaces)}\n${KEEPSAKE_STYLES}`;
  return wrapDocument(`Hearth — ${couple} — ${year}`, css, body);
}
