import { describe, expect, it } from 'vitest';
import { adviceFor, marksFor } from './strengthAdvice';

describe('adviceFor', () => {
  it.each([
    [0, 'weak'],
    [1, 'weak'],
    [2, 'fair'],
    [3, 'good'],
    [4, 'strong'],
  ] as const)('score %i is %s', (score, level) => {
    expect(adviceFor(score, null).level).toBe(level);
  });

  it('warns about a weak passphrase in our own words', () => {
    expect(adviceFor(0, 'topTen')).toEqual({
      level: 'weak',
      summary: 'This would be quick to guess.',
      detail: 'This is one of the most used passphrases of all.',
    });
  });

  it('falls back to a general tip for warnings it does not know', () => {
    expect(adviceFor(1, 'somethingNew').detail).toMatch(/unrelated words/);
    expect(adviceFor(2, null).detail).toMatch(/unrelated words/);
  });

  it('says nothing more about a good passphrase', () => {
    expect(adviceFor(3, 'common').detail).toBeUndefined();
  });

  it('fills the meter by level', () => {
    expect([marksFor('weak'), marksFor('fair'), marksFor('good'), marksFor('strong')]).toEqual([1, 2, 3, 4]);
  });
});
