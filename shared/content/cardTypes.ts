/** The shape of a conversation card and its categories. The cards themselves are in cards/, one file per category. */

export const CARD_CATEGORIES = [
  'today',
  'memories',
  'hopes-and-dreams',
  'fears-and-tender-spots',
  'appreciation',
  'touch-and-closeness',
  'time-together',
  'repair',
] as const;

export type CardCategory = (typeof CARD_CATEGORIES)[number];

/** A question to talk about, or an idea to do together. */
export type CardKind = 'question' | 'idea';

export interface Card {
  /** `<category>-NN`, stable: favourites and "done" marks refer to it. Append new cards, never renumber. */
  id: string;
  category: CardCategory;
  kind: CardKind;
  text: string;
}

export interface CardCategoryInfo {
  id: CardCategory;
  name: string;
  description: string;
}

export const CARD_CATEGORY_INFO: readonly CardCategoryInfo[] = [
  { id: 'today', name: 'Today', description: 'Easy ways into each other\'s day.' },
  { id: 'memories', name: 'Memories', description: 'The story you already share.' },
  { id: 'hopes-and-dreams', name: 'Hopes and dreams', description: 'What you long for, together and apart.' },
  { id: 'fears-and-tender-spots', name: 'Fears and tender spots', description: 'Gentle questions for when you both feel safe.' },
  { id: 'appreciation', name: 'Appreciation', description: 'Noticing the good, and saying so.' },
  { id: 'touch-and-closeness', name: 'Touch and closeness', description: 'Small, warm ways to be close.' },
  { id: 'time-together', name: 'Time together', description: 'Making room for the two of you.' },
  { id: 'repair', name: 'Repair', description: 'Finding your way back after a rough patch.' },
];

/** Builds a category's cards from short `[kind, text]` rows, numbering them in order. */
export function cardsFor(category: CardCategory, rows: readonly (readonly [CardKind, string])[]): readonly Card[] {
  return rows.map(([kind, text], index) => ({
    id: `${category}-${String(index + 1).padStart(2, '0')}`,
    category,
    kind,
    text,
  }));
}
