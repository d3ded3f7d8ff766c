import { describe, expect, it } from 'vitest';
import { GESTURES, gesturesForLanguage } from './gestures';
import { LOVE_LANGUAGE_IDS } from './loveLanguages';

describe('small gestures', () => {
  it('has at least 20 gestures with unique ids and texts', () => {
    expect(GESTURES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(GESTURES.map((g) => g.id)).size).toBe(GESTURES.length);
    expect(new Set(GESTURES.map((g) => g.text)).size).toBe(GESTURES.length);
  });

  it.each(GESTURES.map((g) => [g.id, g] as const))('%s is tagged with real love languages', (_id, gesture) => {
    expect(gesture.text.trim()).not.toBe('');
    for (const language of gesture.languages) expect(LOVE_LANGUAGE_IDS).toContain(language);
    expect(new Set(gesture.languages).size).toBe(gesture.languages.length);
  });

  it.each(LOVE_LANGUAGE_IDS.map((l) => [l]))('offers at least three gestures in %s', (language) => {
    expect(gesturesForLanguage(language).length).toBeGreaterThanOrEqual(3);
  });

  it('includes the guide\'s examples: holding hands, a hug goodnight, a short shoulder rub', () => {
    const ids = GESTURES.map((g) => g.id);
    expect(ids).toEqual(expect.arrayContaining(['hold-hands', 'goodnight-hug', 'shoulder-rub']));
  });
});
