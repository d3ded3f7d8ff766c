import { describe, expect, it } from 'vitest';
import { isLoveLanguageId, LOVE_LANGUAGE_IDS, LOVE_LANGUAGES, LOVE_LANGUAGES_ABOUT, loveLanguageById } from './loveLanguages';
import { LOVE_TANK_CHECK, TANK_MAX, TANK_MIN, tankWords } from './loveTank';

describe('love languages', () => {
  it('are the five, in the fixed order', () => {
    expect(LOVE_LANGUAGES.map((l) => l.id)).toEqual([...LOVE_LANGUAGE_IDS]);
    expect(LOVE_LANGUAGES.map((l) => l.name)).toEqual([
      'Words of affirmation',
      'Acts of service',
      'Receiving gifts',
      'Quality time',
      'Physical touch',
    ]);
  });

  it('credits Dr. Gary Chapman with the idea', () => {
    expect(LOVE_LANGUAGES_ABOUT).toContain('Dr. Gary Chapman');
  });

  it.each(LOVE_LANGUAGES.map((l) => [l.id, l] as const))('%s has a description and at least 6 suggestions', (_id, language) => {
    expect(language.description.trim()).not.toBe('');
    expect(language.whatCanHurt.trim()).not.toBe('');
    expect(language.suggestions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(language.suggestions).size).toBe(language.suggestions.length);
  });

  it('looks languages up and recognises ids', () => {
    expect(loveLanguageById('acts-of-service').name).toBe('Acts of service');
    expect(isLoveLanguageId('quality-time')).toBe(true);
    expect(isLoveLanguageId('chocolate')).toBe(false);
  });
});

describe('how full is your tank', () => {
  it('runs from 0 to 10 with words at rising points, starting at 0 and ending at 10', () => {
    const values = LOVE_TANK_CHECK.anchors.map((a) => a.value);
    expect(values[0]).toBe(TANK_MIN);
    expect(values[values.length - 1]).toBe(TANK_MAX);
    expect([...values].sort((x, y) => x - y)).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
    expect(LOVE_TANK_CHECK.fillPrompt).toMatch(/fill/);
  });

  it.each([
    [0, 'Running on empty'],
    [2, 'Running on empty'],
    [3, 'Quite low'],
    [5, 'Getting by'],
    [8, 'Fairly full'],
    [10, 'Full to the brim'],
  ])('%i reads as "%s"', (value, words) => {
    expect(tankWords(value)).toBe(words);
  });

  it.each([[-1], [11], [4.5], [Number.NaN]])('refuses %s', (value) => {
    expect(() => tankWords(value)).toThrow(RangeError);
  });
});
