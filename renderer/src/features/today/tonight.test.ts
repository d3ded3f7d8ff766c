import { describe, expect, it } from 'vitest';
import { writtenTonight } from './tonight';

const evening = new Date(2026, 2, 9, 21);
const at = (day: number, hour: number) => new Date(2026, 2, day, hour).getTime();

describe('writtenTonight', () => {
  it.each([
    ['nothing yet', [], { a: false, b: false }],
    ['Ada this evening', [{ author: 'a', createdAt: at(9, 20) }], { a: true, b: false }],
    ['Bo this morning', [{ author: 'b', createdAt: at(9, 7) }], { a: false, b: true }],
    ['both today', [{ author: 'a', createdAt: at(9, 20) }, { author: 'b', createdAt: at(9, 8) }], { a: true, b: true }],
    ['only yesterday', [{ author: 'a', createdAt: at(8, 23) }, { author: 'b', createdAt: at(8, 22) }], { a: false, b: false }],
  ] as const)('%s', (_name, records, expected) => {
    expect(writtenTonight(records, evening)).toEqual(expected);
  });
});
