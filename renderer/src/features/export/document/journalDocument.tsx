/**
 * The journal export as one self-contained HTML document: cover, contents, then each chosen section in
 * order, month by month, with the check-in trend charts drawn by the History screen's own chart code.
 */
import { loadPrintTrendCharts } from '@renderer/features/checkins';
import { dayKey, periodsCovering, dateOfDay } from '@shared/checkins';
import { coupleName, nameOf, sectionCounts, SECTION_TITLES, type ExportContent, type SectionId } from '../exportContent';
import { rangeLabel } from '../exportRange';
import { AppreciationMonth } from './AppreciationParts';
import { CheckinMonth } from './CheckinParts';
import { Contents, Cover, type ContentsLine } from './CoverParts';
import { embeddedFontFaces } from './fontFaces';
import { LoveLanguagesPart } from './LoveParts';
import { PracticeMonth } from './PracticeParts';
import { printStyles } from './printStyles';
import { printShortDay } from './printText';
import { renderInChunks, wrapDocument, type ChunkOptions, type DocumentPiece } from './renderInChunks';

/** Items grouped by calendar month, oldest first. */
export function byMonth<T>(items: readonly T[], timeOf: (item: T) => number): T[][] {
  const months: T[][] = [];
  let current = '';
  for (const item of items) {
    const key = dayKey(new Date(timeOf(item))).slice(0, 7);
    if (key !== current) {
      months.push([]);
      current = key;
    }
    months[months.length - 1]!.push(item);
  }
  return months;
}

const UNITS: Readonly<Record<SectionId, [string, string]>> = {
  appreciations: ['appreciation', 'appreciations'],
  checkins: ['check-in', 'check-ins'],
  exercises: ['session', 'sessions'],
  loveLanguages: ['result or tank check', 'results and tank checks'],
};

export function countText(section: SectionId, count: number): string {
  const [one, many] = UNITS[section];
  return count === 0 ? 'nothing in this range' : `${count} ${count === 1 ? one : many}`;
}

export async function buildJournalDocument(content: ExportContent, options: ChunkOptions & { now?: Date } = {}): Promise<string> {
  const { people } = content;
  const range = content.options.range;
  const couple = coupleName(people) || nameOf(people, people.viewer);
  const sections = content.options.sections;
  const counts = sectionCounts(content);
  const [fontFaces, charts] = await Promise.all([embeddedFontFaces(), sections.includes('checkins') ? loadPrintTrendCharts() : null]);
  const lines: ContentsLine[] = sections.map((section) => ({ title: SECTION_TITLES[section], detail: countText(section, counts[section]) }));
  const pieces: DocumentPiece[] = [
    () => <Cover kicker="Hearth · our journal" title={couple} rangeText={rangeLabel(range)} madeOn={printShortDay((options.now ?? new Date()).getTime())} />,
    () => (
      <Contents
        lines={lines}
        note={
          content.sealedCheckins > 0
            ? 'Weekly answers that are still waiting for both of you are not included.'
            : content.options.includeMyPrivate
              ? 'Includes your own private entries, marked “Private”.'
              : undefined
        }
      />
    ),
  ];
  for (const section of sections) {
    pieces.push(() => (
      <>
        <h2 id={section}>{SECTION_TITLES[section]}</h2>
        {counts[section] === 0 && section !== 'loveLanguages' ? <p className="note">Nothing from this range.</p> : null}
      </>
    ));
    switch (section) {
      case 'appreciations':
        for (const month of byMonth(content.appreciations, (entry) => entry.createdAt)) pieces.push(() => <AppreciationMonth entries={month} people={people} />);
        break;
      case 'checkins': {
        const inputs = content.checkins.map((entry) => ({ author: entry.author, day: entry.checkin.day, scales: entry.checkin.scales }));
        const { range: periodKind, periods } = periodsCovering(dateOfDay(range.firstDay), dateOfDay(range.lastDay));
        const partners = (['a', 'b'] as const).filter((slot) => people.names[slot]).map((slot) => ({ id: slot, name: nameOf(people, slot) }));
        if (charts && inputs.length > 0) pieces.push(() => <charts.PrintTrendCharts inputs={inputs} partners={partners} range={periodKind} periods={periods} />);
        for (const month of byMonth(content.checkins, (entry) => entry.createdAt)) pieces.push(() => <CheckinMonth entries={month} people={people} />);
        break;
      }
      case 'exercises':
        for (const month of byMonth(content.sessions, (entry) => entry.session.startedAt)) pieces.push(() => <PracticeMonth sessions={month} people={people} />);
        break;
      case 'loveLanguages':
        pieces.push(() => <LoveLanguagesPart results={content.love.results} tanks={content.love.tanks} people={people} />);
        break;
    }
  }
  const body = await renderInChunks(pieces, options);
  const css = printStyles({ size: 'A4', runningHeader: `${couple} · ${rangeLabel(range)}` }, fontFaces);
  return wrapDocument(`Hearth — ${couple}`, css, body);
}
