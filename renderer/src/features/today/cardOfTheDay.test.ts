import { describe, expect, it } from 'vitest';
import { CARDS, cardsFor } from '@shared/content';
import { cardCategoryName, cardKindLabel, cardOfTheDay } from './cardOfTheDay';

const deck = cardsFor('today', [
  ['question', 'First'],
  ['idea', 'Second'],
  ['question', 'Third'],
]);

describe('cardOfTheDay', () => {
  it('is the same card from morning to night', () => {
    expect(cardOfTheDay(new Date(2026, 2, 9, 0, 1), deck)).toBe(cardOfTheDay(new Date(2026, 2, 9, 23, 59), deck));
  });

  it('moves to the next card each day and wraps round the deck', () => {
    const seen = [9, 10, 11, 12].map((day) => cardOfTheDay(new Date(2026, 2, day, 20), deck)?.text);
    expect(new Set(seen.slice(0, 3)).size).toBe(3);
    expect(seen[3]).toBe(seen[0]);
  });

  it.each([
    ['an empty deck', [], null],
    ['a deck of one', deck.slice(0, 1), 'First'],
  ])('%s', (_name, cards, expected) => {
    expect(cardOfTheDay(new Date(2026, 2, 9), cards)?.text ?? null).toBe(expected);
  });

  it('draws from the real deck', () => {
    expect(CARDS).toContain(cardOfTheDay(new Date(2026, 2, 9)));
  });
});

describe('card labels', () => {
  it.each([
    ['today', 'Today'],
    ['repair', 'Repair'],
    ['hopes-and-dreams', 'Hopes and dreams'],
  ] as const)('names the %s category', (category, name) => {
    expect(cardCategoryName(category)).toBe(name);
  });

  it.each([
    [deck[0]!, 'A question to share'],
    [deck[1]!, 'Something to do together'],
  ])('labels a card by its kind', (card, label) => {
    expect(cardKindLabel(card)).toBe(label);
  });
});
