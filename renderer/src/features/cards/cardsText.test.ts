import { describe, expect, it } from 'vitest';
import { categoryName, deckCountText, doneOnText, kindLabel, otherPartner } from './cardsText';

describe('cards wording', () => {
  it.each([
    { left: 12, total: 88, expected: '12 of 88 cards still in the deck.' },
    { left: 88, total: 88, expected: '88 cards in the deck, none drawn yet.' },
    { left: 1, total: 1, expected: '1 card in the deck.' },
    { left: 0, total: 11, expected: 'All 11 cards in this deck have been drawn.' },
    { left: 0, total: 1, expected: 'The one card in this deck has been drawn.' },
    { left: 0, total: 0, expected: 'Choose at least one kind of card to draw from.' },
  ])('$left of $total: "$expected"', ({ left, total, expected }) => {
    expect(deckCountText(left, total)).toBe(expected);
  });

  it.each([
    { doneAt: null, expected: 'Done together' },
    { doneAt: Date.UTC(2026, 2, 3, 12), expected: 'Done together on 3 March 2026' },
  ])('done on $doneAt', ({ doneAt, expected }) => {
    expect(doneOnText(doneAt)).toBe(expected);
  });

  it.each([
    { value: categoryName('fears-and-tender-spots'), expected: 'Fears and tender spots' },
    { value: kindLabel('question'), expected: 'Something to ask' },
    { value: kindLabel('idea'), expected: 'Something to do' },
    { value: otherPartner('a'), expected: 'b' },
    { value: otherPartner('b'), expected: 'a' },
  ])('$expected', ({ value, expected }) => {
    expect(value).toBe(expected);
  });
});
