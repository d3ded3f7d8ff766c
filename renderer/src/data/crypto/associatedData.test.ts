import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeAssociatedData } from './associatedData';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('encodeAssociatedData', () => {
  it('length-prefixes each part in UTF-8', () => {
    expect(hex(encodeAssociatedData(['ab', '', 'é']))).toBe('00000002' + '6162' + '00000000' + '00000002' + 'c3a9');
  });

  it.each([
    [['a|b', 'c'], ['a', 'b|c']],
    [['a', 'b'], ['a', 'b', '']],
    [['ab'], ['a', 'b']],
    [['hearth', 'v1|x'], ['hearth|v1', 'x']],
    [['\u0000'], ['', '']],
  ])('%j and %j never collide', (left, right) => {
    expect(hex(encodeAssociatedData(left))).not.toBe(hex(encodeAssociatedData(right)));
  });

  it('is injective: different lists give different bytes', () => {
    const lists = fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 4 });
    fc.assert(
      fc.property(lists, lists, (left, right) => {
        fc.pre(JSON.stringify(left) !== JSON.stringify(right));
        expect(hex(encodeAssociatedData(left))).not.toBe(hex(encodeAssociatedData(right)));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses lone surrogates, which UTF-8 would turn into U+FFFD and so collide', () => {
    expect(() => encodeAssociatedData(['\uD800'])).toThrow(TypeError);
  });
});
