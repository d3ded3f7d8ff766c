/**
 * The conversation cards as sheets to print and cut: eight cards to an A4 sheet (85 × 55 mm, two across, four
 * down) with crop marks in the margins, category by category, each category starting a new sheet. Each card
 * carries its words twice, the second copy turned round, so it reads the right way up from either side of
 * the table. Hearth's own words only: nothing a person wrote goes into the deck.
 */
import { CARD_CATEGORY_INFO, cardsInCategory, type Card, type CardCategory } from '@shared/content';
import { embeddedFontFaces } from './fontFaces';
import { renderInChunks, wrapDocument, type ChunkOptions, type DocumentPiece } from './renderInChunks';

const CARD = { width: 85, height: 55 };
const GRID = { columns: 2, rows: 4 };
const PAGE = { width: 210, height: 297 };
const ORIGIN = { x: (PAGE.width - CARD.width * GRID.columns) / 2, y: (PAGE.height - CARD.height * GRID.rows) / 2 };
const PER_SHEET = GRID.columns * GRID.rows;
/** Crop marks: this long, this far from the cards, in millimetres. */
const MARK = { length: 6, gap: 3 };

export function sheetsOf(cards: readonly Card[]): Card[][] {
  const sheets: Card[][] = [];
  for (let start = 0; start < cards.length; start += PER_SHEET) sheets.push(cards.slice(start, start + PER_SHEET));
  return sheets;
}

function CropMarks() {
  const xs = Array.from({ length: GRID.columns + 1 }, (_, index) => ORIGIN.x + index * CARD.width);
  const ys = Array.from({ length: GRID.rows + 1 }, (_, index) => ORIGIN.y + index * CARD.height);
  const top = ORIGIN.y - MARK.gap;
  const bottom = ORIGIN.y + GRID.rows * CARD.height + MARK.gap;
  const left = ORIGIN.x - MARK.gap;
  const right = ORIGIN.x + GRID.columns * CARD.width + MARK.gap;
  return (
    <svg className="crop-marks" viewBox={`0 0 ${PAGE.width} ${PAGE.height}`} aria-hidden="true">
      {xs.map((x) => (
        <g key={`x${x}`}>
          <line x1={x} x2={x} y1={top - MARK.length} y2={top} />
          <line x1={x} x2={x} y1={bottom} y2={bottom + MARK.length} />
        </g>
      ))}
      {ys.map((y) => (
        <g key={`y${y}`}>
          <line x1={left - MARK.length} x2={left} y1={y} y2={y} />
          <line x1={right} x2={right + MARK.length} y1={y} y2={y} />
        </g>
      ))}
    </svg>
  );
}

function CardFace({ card, category }: { card: Card; category: string }) {
  const kind = card.kind === 'question' ? 'To talk about' : 'To do together';
  const half = (
    <>
      <p className="card-kind">
        {category} · {kind}
      </p>
      <p className="card-text">{card.text}</p>
    </>
  );
  return (
    <div className="card">
      <div className="card-half turned">{half}</div>
      <div className="card-half">{half}</div>
    </div>
  );
}

function Sheet({ cards, category, number, of }: { cards: readonly Card[]; category: string; number: number; of: number }) {
  return (
    <section className="sheet">
      <CropMarks />
      <div className="card-grid">
        {cards.map((card) => (
          <CardFace key={card.id} card={card} category={category} />
        ))}
      </div>
      <p className="sheet-label">
        Hearth cards · {category} · sheet {number} of {of}. Cut along the marks.
      </p>
    </section>
  );
}

const DECK_STYLES = `
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Hearth Literata', Georgia, 'DejaVu Serif', serif; color: #2b2420; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: ${PAGE.width}mm; height: ${PAGE.height}mm; break-after: page; overflow: hidden; }
.crop-marks { position: absolute; inset: 0; width: ${PAGE.width}mm; height: ${PAGE.height}mm; }
.crop-marks line { stroke: #000; stroke-width: 0.2; }
.card-grid { position: absolute; left: ${ORIGIN.x}mm; top: ${ORIGIN.y}mm; display: grid;
  grid-template-columns: repeat(${GRID.columns}, ${CARD.width}mm); grid-template-rows: repeat(${GRID.rows}, ${CARD.height}mm); }
.card { box-sizing: border-box; display: grid; grid-template-rows: 1fr 1fr; padding: 4mm 6mm; outline: 0.2mm dashed #e3dad2; outline-offset: -0.1mm; }
.card-half { display: flex; flex-direction: column; justify-content: center; gap: 1mm; text-align: center; overflow: hidden; }
.card-half.turned { transform: rotate(180deg); border-bottom: 0.2mm solid #efe6dc; }
.card-kind { margin: 0; font-size: 6.5pt; letter-spacing: 0.08em; text-transform: uppercase; color: #8a7a6d; }
.card-text { margin: 0; font-size: 9.5pt; line-height: 1.3; }
.sheet-label { position: absolute; left: 0; right: 0; bottom: 12mm; margin: 0; text-align: center; font-size: 8pt; color: #8a7a6d; }
`;

export async function buildCardDeckDocument(categories: readonly CardCategory[], options: ChunkOptions = {}): Promise<string> {
  const fontFaces = await embeddedFontFaces();
  const pieces: DocumentPiece[] = [];
  for (const info of CARD_CATEGORY_INFO.filter((category) => categories.includes(category.id))) {
    const sheets = sheetsOf(cardsInCategory(info.id));
    sheets.forEach((cards, index) => pieces.push(() => <Sheet cards={cards} category={info.name} number={index + 1} of={sheets.length} />));
  }
  const body = await renderInChunks(pieces, options);
  return wrapDocument('Hearth cards', `${fontFaces}\n${DECK_STYLES}`, body);
}
