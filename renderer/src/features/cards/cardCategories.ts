/** The card categories as the filter needs them, with a check for values coming back from the checkbox group. */
import { CARD_CATEGORIES, CARD_CATEGORY_INFO, type CardCategory } from '@shared/content';

export { CARD_CATEGORIES, CARD_CATEGORY_INFO, type CardCategory };

export function isCardCategory(value: unknown): value is CardCategory {
  return typeof value === 'string' && (CARD_CATEGORIES as readonly string[]).includes(value);
}
