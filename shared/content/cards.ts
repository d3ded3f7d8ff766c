/**
 * The conversation-card deck: every card in category order, with look-ups. The cards are written one
 * category per file in cards/; types and category names are in cardTypes.ts.
 */
import { APPRECIATION_CARDS } from './cards/appreciation';
import { FEARS_AND_TENDER_SPOTS_CARDS } from './cards/fearsAndTenderSpots';
import { HOPES_AND_DREAMS_CARDS } from './cards/hopesAndDreams';
import { MEMORY_CARDS } from './cards/memories';
import { REPAIR_CARDS } from './cards/repair';
import { TIME_TOGETHER_CARDS } from './cards/timeTogether';
import { TODAY_CARDS } from './cards/today';
import { TOUCH_AND_CLOSENESS_CARDS } from './cards/touchAndCloseness';
import type { Card, CardCategory } from './cardTypes';

export const CARDS: readonly Card[] = [
  ...TODAY_CARDS,
  ...MEMORY_CARDS,
  ...HOPES_AND_DREAMS_CARDS,
  ...FEARS_AND_TENDER_SPOTS_CARDS,
  ...APPRECIATION_CARDS,
  ...TOUCH_AND_CLOSENESS_CARDS,
  ...TIME_TOGETHER_CARDS,
  ...REPAIR_CARDS,
];

export function cardById(id: string): Card | undefined {
  return CARDS.find((c) => c.id === id);
}

export function cardsInCategory(category: CardCategory): readonly Card[] {
  return CARDS.filter((c) => c.category === category);
}
