import { describe, expect, it } from 'vitest';
import type { LanguageScores } from '@shared/content';
import { joinWithAnd, languagesToSpeak, resultSentence, resultView } from './loveResult';

/** Scores in the fixed order: words, service, gifts, time, touch. */
function scores(words: number, service: number, gifts: number, time: number, touch: number): LanguageScores {
  return { 'words-of-affirmation': words, 'acts-of-service': service, 'receiving-gifts': gifts, 'quality-time': time, 'physical-touch': touch };
}

describe('reading a result', () => {
  it.each([
    { name: 'nothing answered', input: scores(0, 0, 0, 0, 0), expected: null },
    { name: 'a clear main and next', input: scores(2, 5, 3, 12, 8), expected: { main: ['quality-time'], next: ['physical-touch'] } },
    { name: 'two main languages, equally', input: scores(9, 3, 0, 9, 0), expected: { main: ['words-of-affirmation', 'quality-time'], next: [] } },
    { name: 'three main languages, equally', input: scores(8, 8, 2, 8, 4), expected: { main: ['words-of-affirmation', 'acts-of-service', 'quality-time'], next: [] } },
    { name: 'one main, two next equally', input: scores(10, 6, 6, 4, 4), expected: { main: ['words-of-affirmation'], next: ['acts-of-service', 'receiving-gifts'] } },
    { name: 'all five level', input: scores(6, 6, 6, 6, 6), expected: { main: ['words-of-affirmation', 'acts-of-service', 'receiving-gifts', 'quality-time', 'physical-touch'], next: [] } },
  ])('$name', ({ input, expected }) => {
    expect(resultView(input)).toEqual(expected);
  });
});

describe('saying a result', () => {
  it.each([
    { name: 'you, clear', input: scores(2, 5, 3, 12, 8), isYou: true, expected: 'Your main language is quality time, and then physical touch.' },
    { name: 'partner, clear', input: scores(2, 5, 3, 12, 8), isYou: false, expected: "Bo's main language is quality time, and then physical touch." },
    { name: 'you, tied main', input: scores(9, 3, 0, 9, 9), isYou: true, expected: 'Words of affirmation, quality time and physical touch matter to you equally.' },
    { name: 'partner, tied main', input: scores(9, 3, 3, 9, 6), isYou: false, expected: 'Words of affirmation and quality time matter to Bo equally.' },
    { name: 'partner, tied next', input: scores(10, 6, 6, 4, 4), isYou: false, expected: "Bo's main language is words of affirmation. After that, acts of service and receiving gifts matter to Bo equally." },
  ])('$name', ({ input, isYou, expected }) => {
    const view = resultView(input)!;
    expect(resultSentence(view, isYou ? { isYou: true } : { isYou: false, name: 'Bo' })).toBe(expected);
  });

  it.each([
    { items: [], expected: '' },
    { items: ['a'], expected: 'a' },
    { items: ['a', 'b'], expected: 'a and b' },
    { items: ['a', 'b', 'c'], expected: 'a, b and c' },
  ])('joins $items', ({ items, expected }) => {
    expect(joinWithAnd(items)).toBe(expected);
  });

  it.each([
    { name: 'clear main: main and the first next', input: scores(2, 5, 3, 12, 8), expected: ['quality-time', 'physical-touch'] },
    { name: 'tied next: main and the first of them', input: scores(10, 6, 6, 4, 4), expected: ['words-of-affirmation', 'acts-of-service'] },
    { name: 'tied main: all the main ones', input: scores(9, 3, 3, 9, 6), expected: ['words-of-affirmation', 'quality-time'] },
  ])('languages to speak, $name', ({ input, expected }) => {
    expect(languagesToSpeak(resultView(input)!)).toEqual(expected);
  });
});
