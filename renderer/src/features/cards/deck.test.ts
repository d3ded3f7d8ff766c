import { describe, expect, it } from 'vitest';
import { CARD_CATEGORIES, CARDS, type CardCategory } from '@shared/content';
import { cardsInFilter, cardsLeft, drawCard, NEW_DECK, parseCategories, parseDeckState, shuffleAgain, type DeckState, type RandomSource } from './deck';

/** A small, repeatable source of numbers in [0, 1) (a linear congruential generator). */
function seeded(seed: number): RandomSource {
  let value = seed;
  return () => {
    value = (value * 1_103_515_245 + 12_345) % 2 ** 31;
    return value / 2 ** 31;
  };
}

function drawAll(categories: readonly CardCategory[], random: RandomSource, start: DeckState = NEW_DECK) {
  const ids: string[] = [];
  let state = start;
  for (;;) {
    const result = drawCard(state, categories, random);
    state = result.state;
    if (result.kind === 'through') return { ids, state };
    ids.push(result.card.id);
  }
}

describe('drawing from the deck', () => {
  it.each([
    { name: 'every category', categories: [...CARD_CATEGORIES] },
    { name: 'one category', categories: ['repair'] as CardCategory[] },
    { name: 'three categories', categories: ['today', 'memories', 'touch-and-closeness'] as CardCategory[] },
  ])('$name: each card once, then the deck is through', ({ categories }) => {
    const { ids } = drawAll(categories, seeded(7));
    const expected = cardsInFilter(categories).map((card) => card.id);
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('only ever draws from the chosen categories', () => {
    const chosen: CardCategory[] = ['appreciation', 'time-together'];
    const { ids } = drawAll(chosen, seeded(3));
    for (const id of ids) expect(chosen).toContain(CARDS.find((card) => card.id === id)?.category);
  });

  it('draws nothing when no category is chosen', () => {
    expect(drawCard(NEW_DECK, [], seeded(1)).kind).toBe('through');
  });

  it('gives the same order for the same random numbers, and another for others', () => {
    const first = drawAll([...CARD_CATEGORIES], seeded(42)).ids;
    expect(drawAll([...CARD_CATEGORIES], seeded(42)).ids).toEqual(first);
    expect(drawAll([...CARD_CATEGORIES], seeded(43)).ids).not.toEqual(first);
  });

  it.each([
    { random: 0, expected: 0 },
    { random: 0.5, expected: 5 },
    { random: 0.999_999, expected: 10 },
    { random: 1, expected: 10 },
    { random: -0.2, expected: 0 },
  ])('a random number of $random picks card $expected of the 11 left', ({ random, expected }) => {
    const result = drawCard(NEW_DECK, ['today'], () => random);
    expect(result.kind === 'card' && result.card.id).toBe(cardsInFilter(['today'])[expected]?.id);
  });

  it('keeps a drawn card out when the filter changes and comes back', () => {
    const first = drawCard(NEW_DECK, ['memories'], () => 0);
    if (first.kind !== 'card') throw new Error('expected a card');
    const elsewhere = drawCard(first.state, ['repair'], () => 0);
    expect(cardsLeft(elsewhere.state, ['memories']).map((c) => c.id)).not.toContain(first.card.id);
    expect(cardsLeft(elsewhere.state, ['memories'])).toHaveLength(10);
  });
});

describe('shuffling again', () => {
  it('puts the chosen categories back and leaves the others drawn', () => {
    const memories = drawAll(['memories'], seeded(5));
    const both = drawAll(['repair'], seeded(5), memories.state);
    const shuffled = shuffleAgain(both.state, ['repair']);
    expect(cardsLeft(shuffled, ['repair'])).toHaveLength(11);
    expect(cardsLeft(shuffled, ['memories'])).toHaveLength(0);
    expect(drawAll(['repair'], seeded(9), shuffled).ids).toHaveLength(11);
  });

  it('takes the card on the table away only when it goes back into the deck', () => {
    const state: DeckState = { drawn: ['today-01', 'repair-01'], currentId: 'today-01' };
    expect(shuffleAgain(state, ['today']).currentId).toBeNull();
    expect(shuffleAgain(state, ['repair']).currentId).toBe('today-01');
  });
});

describe('reading a saved round back', () => {
  it.each([
    { name: 'nothing', value: undefined, expected: NEW_DECK },
    { name: 'a string', value: 'today-01', expected: NEW_DECK },
    { name: 'a good round', value: { drawn: ['today-01', 'repair-02'], currentId: 'repair-02' }, expected: { drawn: ['today-01', 'repair-02'], currentId: 'repair-02' } },
    { name: 'unknown and repeated ids', value: { drawn: ['today-01', 'nope', 'today-01', 3], currentId: 'nope' }, expected: { drawn: ['today-01'], currentId: null } },
    { name: 'drawn that is not a list', value: { drawn: 'today-01', currentId: null }, expected: NEW_DECK },
  ])('$name', ({ value, expected }) => {
    expect(parseDeckState(value)).toEqual(expected);
  });

  it.each([
    { name: 'nothing', value: undefined, expected: [...CARD_CATEGORIES] },
    { name: 'an empty list', value: [], expected: [...CARD_CATEGORIES] },
    { name: 'unknown names only', value: ['later'], expected: [...CARD_CATEGORIES] },
    { name: 'some, out of order', value: ['repair', 'today', 'later'], expected: ['today', 'repair'] },
  ])('categories from $name', ({ value, expected }) => {
    expect(parseCategories(value)).toEqual(expected);
  });
});
