import { describe, expect, it } from 'vitest';
import { answeredCount, parseProgress, progressText } from './assessmentDraft';

describe('reading an assessment draft back', () => {
  it.each([
    { name: 'nothing', value: undefined, expected: null },
    { name: 'not an object', value: 'q01', expected: null },
    { name: 'an empty start', value: { answers: {}, index: 0 }, expected: null },
    { name: 'a good draft', value: { answers: { q01: 'a', q02: 'b' }, index: 2 }, expected: { answers: { q01: 'a', q02: 'b' }, index: 2 } },
    { name: 'unknown pairs and choices dropped', value: { answers: { q01: 'a', q99: 'a', q02: 'c' }, index: 1 }, expected: { answers: { q01: 'a' }, index: 1 } },
    { name: 'an index past the end', value: { answers: { q01: 'b' }, index: 80 }, expected: { answers: { q01: 'b' }, index: 29 } },
    { name: 'a broken index', value: { answers: { q01: 'b' }, index: 'three' }, expected: { answers: { q01: 'b' }, index: 0 } },
    { name: 'a negative index', value: { answers: { q01: 'b' }, index: -4 }, expected: { answers: { q01: 'b' }, index: 0 } },
  ])('$name', ({ value, expected }) => {
    expect(parseProgress(value)).toEqual(expected);
  });
});

describe('progress', () => {
  it.each([
    { answers: {}, count: 0, text: '0 of 30 answered' },
    { answers: { q01: 'a', q05: 'b' } as const, count: 2, text: '2 of 30 answered' },
    { answers: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, 'a'])), count: 7, text: '7 of 30 answered' },
  ])('$text', ({ answers, count, text }) => {
    expect(answeredCount(answers as Record<string, 'a' | 'b'>)).toBe(count);
    expect(progressText(answers as Record<string, 'a' | 'b'>)).toBe(text);
  });
});
