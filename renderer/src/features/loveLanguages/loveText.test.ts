import { describe, expect, it } from 'vitest';
import { possessive, takenOnText } from './loveText';

describe('love-languages wording', () => {
  it.each([
    { name: 'Bo', expected: "Bo's" },
    { name: 'Jess', expected: "Jess's" },
    { name: undefined, expected: "your partner's" },
  ])('possessive of $name', ({ name, expected }) => {
    expect(possessive(name)).toBe(expected);
  });

  it('says when a result was taken', () => {
    expect(takenOnText(Date.UTC(2026, 10, 24, 12))).toBe('Taken on 24 November 2026');
  });
});
