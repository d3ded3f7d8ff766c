import { describe, expect, it } from 'vitest';
import { backupProblemText, countLines, namesText, secretProblemText, spanText } from './backupWords';

describe('the words of the backup screens', () => {
  it.each([
    [{}, []],
    [{ appreciation: 1 }, ['1 appreciation']],
    [{ appreciation: 12, checkin: 3, profile: 2 }, ['12 appreciations', '3 check-in answers']],
    [{ session: 2, tank: 1, marker: 4, cardState: 1 }, ['2 exercise sessions', '6 other notes and settings']],
    [{ readiness: 1 }, ['1 other note or setting']],
  ])('counts %j as %j, names left out', (counts, lines) => {
    expect(countLines(counts)).toEqual(lines);
  });

  it('says when things were written, one day or a span', () => {
    expect(spanText(null)).toBe('Nothing written yet.');
    expect(spanText({ first: Date.UTC(2025, 0, 3, 12), last: Date.UTC(2025, 0, 3, 13) })).toBe('Written on 3 January 2025.');
    expect(spanText({ first: Date.UTC(2025, 0, 3, 12), last: Date.UTC(2026, 5, 9, 12) })).toBe('Written from 3 January 2025 to 9 June 2026.');
  });

  it('names the couple when their names could be read', () => {
    expect(namesText({})).toBeNull();
    expect(namesText({ a: 'Ada' })).toBe('The journal of Ada.');
    expect(namesText({ a: 'Ada', b: 'Bo' })).toBe('The journal of Ada and Bo.');
  });

  it('explains each kind of unusable file in its own words', () => {
    const problems = ['foreign', 'newer', 'damaged', 'too-large', 'altered'] as const;
    expect(new Set(problems.map(backupProblemText)).size).toBe(problems.length);
    expect(backupProblemText('newer')).toContain('newer version of Hearth');
  });

  it('tells a wrong secret apart from anything else', () => {
    const wrong = Object.assign(new Error('x'), { name: 'WrongSecretError' });
    expect(secretProblemText(wrong)).toContain('from when the backup was made');
    expect(secretProblemText(new Error('boom'))).toContain('Nothing was changed');
  });
});
