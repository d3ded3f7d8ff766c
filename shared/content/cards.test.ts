import { describe, expect, it } from 'vitest';
import { CARD_CATEGORIES, CARD_CATEGORY_INFO } from './cardTypes';
import { CARDS, cardById, cardsInCategory } from './cards';

describe('conversation cards', () => {
  it('has at least 80 cards in at least 8 categories', () => {
    expect(CARDS.length).toBeGreaterThanOrEqual(80);
    expect(CARD_CATEGORIES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CARDS.map((c) => c.category)).size).toBe(CARD_CATEGORIES.length);
  });

  it.each(CARD_CATEGORIES.map((c) => [c]))('category %s has at least 8 cards, with both questions and ideas', (category) => {
    const cards = cardsInCategory(category);
    expect(cards.length).toBeGreaterThanOrEqual(8);
    expect(cards.some((c) => c.kind === 'question')).toBe(true);
    expect(cards.some((c) => c.kind === 'idea')).toBe(true);
  });

  it('has unique ids of the form <category>-NN and no repeated text', () => {
    const ids = CARDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of CARDS) expect(card.id).toMatch(new RegExp(`^${card.category}-\\d{2}$`));
    const texts = CARDS.map((c) => c.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(CARDS.map((c) => [c.id, c] as const))('%s is complete', (_id, card) => {
    expect(['question', 'idea']).toContain(card.kind);
    expect(card.text.trim()).not.toBe('');
    if (card.kind === 'question') expect(card.text).toMatch(/\?|\.$/);
  });

  it('names and describes every category, in deck order', () => {
    expect(CARD_CATEGORY_INFO.map((c) => c.id)).toEqual([...CARD_CATEGORIES]);
    for (const info of CARD_CATEGORY_INFO) {
      expect(info.name.trim()).not.toBe('');
      expect(info.description.trim()).not.toBe('');
    }
  });

  it('keeps shipped ids pointing at the same card', () => {
    // Favourites and "done" marks are stored by id: these must never move.
    expect(cardById('today-01')?.text).toBe('What was the best moment of your day, even a tiny one?');
    expect(cardById('repair-01')?.category).toBe('repair');
    expect(cardById('nope-01')).toBeUndefined();
  });
});
