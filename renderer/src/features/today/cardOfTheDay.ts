/**
 * Today's card to talk about: one card per local day, the same all day and for both partners, walking the
 * deck in order so a couple meets every card before any comes round again.
 */
import { CARD_CATEGORY_INFO, CARDS, type Card, type CardCategory } from '@shared/content';
import { localDayNumber } from './dayMaths';

export function cardOfTheDay(now: Date, deck: readonly Card[] = CARDS): Card | null {
  if (deck.length === 0) return null;
  const index = ((localDayNumber(now) % deck.length) + deck.length) % deck.length;
  return deck[index] ?? null;
}

/** The category's name as the Cards screen shows it. */
export function cardCategoryName(category: CardCategory): string {
  return CARD_CATEGORY_INFO.find((info) => info.id === category)?.name ?? 'Cards';
}

/** A short label for what kind of card it is. */
export function cardKindLabel(card: Card): string {
  return card.kind === 'question' ? 'A question to share' : 'Something to do together';
}
