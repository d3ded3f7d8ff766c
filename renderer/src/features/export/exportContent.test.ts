import { describe, expect, it } from 'vitest';
import { coupleName, mayPrint } from './exportContent';

describe('what an export may print', () => {
  it.each([
    ['a shared entry of either partner', { author: 'b', space: 'us' }, false, true],
    ['my own private entry, not asked for', { author: 'a', space: 'private' }, false, false],
    ['my own private entry, asked for', { author: 'a', space: 'private' }, true, true],
    ["my partner's private entry, even when I ask for private entries", { author: 'b', space: 'private' }, true, false],
  ] as const)('%s', (_name, record, includeMyPrivate, expected) => {
    expect(mayPrint(record, 'a', includeMyPrivate)).toBe(expected);
  });
});

describe('the couple on the cover', () => {
  it('names both partners, or the one who is there', () => {
    expect(coupleName({ viewer: 'a', names: { a: 'Ada', b: 'Bo' } })).toBe('Ada & Bo');
    expect(coupleName({ viewer: 'a', names: { a: 'Ada' } })).toBe('Ada');
  });
});
