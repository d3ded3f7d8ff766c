/** The small bits of wording the cards screens share: names, counts and dates, kept pure for tests. */
import { CARD_CATEGORY_INFO, type CardCategory, type CardKind } from '@shared/content';

const DATE_LOCALE = 'en-GB';
const dayFormat = new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric' });

export function categoryName(category: CardCategory): string {
  return CARD_CATEGORY_INFO.find((info) => info.id === category)?.name ?? category;
}

export function kindLabel(kind: CardKind): string {
  switch (kind) {
    case 'question':
      return 'Something to ask';
    case 'idea':
      return 'Something to do';
  }
}

/** "12 of 88 cards still in the deck", in plain words at either end. */
export function deckCountText(left: number, total: number): string {
  if (total === 0) return 'Choose at least one kind of card to draw from.';
  if (left === 0) return total === 1 ? 'The one card in this deck has been drawn.' : `All ${total} cards in this deck have been drawn.`;
  if (left === total) return total === 1 ? '1 card in the deck.' : `${total} cards in the deck, none drawn yet.`;
  return `${left} of ${total} cards still in the deck.`;
}

export function doneOnText(doneAt: number | null): string {
  return doneAt === null ? 'Done together' : `Done together on ${dayFormat.format(doneAt)}`;
}

export { otherPartner } from '@shared/partners';
