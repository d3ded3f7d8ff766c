/**
 * Drawing conversation cards: pure rules, no storage. A round of the deck remembers which cards have been
 * drawn, so no card comes up twice until every card in the chosen categories has been seen; then the deck
 * says it is through, and "shuffle again" puts those cards back. Randomness is injected, so tests (and
 * anyone replaying a round) get the same order for the same random numbers.
 */
import { CARD_CATEGORIES, CARDS, type Card, type CardCategory } from '@shared/content';

/** Where a round of the deck stands: the cards drawn so far (oldest first) and the one on the table. */
export interface DeckState {
  drawn: readonly string[];
  currentId: string | null;
}

/** Returns a number in [0, 1), like Math.random. */
export type RandomSource = () => number;

export type DrawResult =
  | { kind: 'card'; card: Card; state: DeckState }
  /** Every card in the chosen categories has been drawn this round. */
  | { kind: 'through'; state: DeckState };

export const NEW_DECK: DeckState = { drawn: [], currentId: null };

/** The cards in the chosen categories, in deck order. No categories chosen means no cards. */
export function cardsInFilter(categories: readonly CardCategory[], cards: readonly Card[] = CARDS): readonly Card[] {
  const chosen = new Set(categories);
  return cards.filter((card) => chosen.has(card.category));
}

/** The cards in the chosen categories that have not been drawn this round. */
export function cardsLeft(state: DeckState, categories: readonly CardCategory[], cards: readonly Card[] = CARDS): readonly Card[] {
  const drawn = new Set(state.drawn);
  return cardsInFilter(categories, cards).filter((card) => !drawn.has(card.id));
}

/** Picks one of the cards left at random; answers 'through' when none is left. */
export function drawCard(
  state: DeckState,
  categories: readonly CardCategory[],
  random: RandomSource,
  cards: readonly Card[] = CARDS,
): DrawResult {
  const left = cardsLeft(state, categories, cards);
  if (left.length === 0) return { kind: 'through', state: { ...state, currentId: null } };
  const index = Math.min(left.length - 1, Math.max(0, Math.floor(random() * left.length)));
  const card = left[index]!;
  return { kind: 'card', card, state: { drawn: [...state.drawn, card.id], currentId: card.id } };
}

/**
 * Puts the chosen categories' cards back into the deck. Cards of other categories stay drawn, so
 * switching the filter back later still avoids repeats there.
 */
export function shuffleAgain(state: DeckState, categories: readonly CardCategory[], cards: readonly Card[] = CARDS): DeckState {
  const returning = new Set(cardsInFilter(categories, cards).map((card) => card.id));
  const drawn = state.drawn.filter((id) => !returning.has(id));
  return { drawn, currentId: state.currentId && returning.has(state.currentId) ? null : state.currentId };
}

/**
 * Reads a saved round back (from a draft, so from storage): unknown or repeated ids are dropped, and a
 * current card that is not known is forgotten. Anything that is not a round at all becomes a new deck.
 */
export function parseDeckState(value: unknown, cards: readonly Card[] = CARDS): DeckState {
  if (typeof value !== 'object' || value === null) return NEW_DECK;
  const known = new Set(cards.map((card) => card.id));
  const raw = value as { drawn?: unknown; currentId?: unknown };
  const drawn = Array.isArray(raw.drawn) ? [...new Set(raw.drawn.filter((id): id is string => typeof id === 'string' && known.has(id)))] : [];
  const currentId = typeof raw.currentId === 'string' && known.has(raw.currentId) ? raw.currentId : null;
  return { drawn, currentId };
}

/** Reads saved categories back: known ones only, in deck order; nothing usable means every category. */
export function parseCategories(value: unknown): CardCategory[] {
  if (!Array.isArray(value)) return [...CARD_CATEGORIES];
  const wanted = new Set(value);
  const chosen = CARD_CATEGORIES.filter((category) => wanted.has(category));
  return chosen.length > 0 ? chosen : [...CARD_CATEGORIES];
}
