import { describe, expect, it } from 'vitest';
import { InvalidTankCheckError, MAX_FILL_CHARACTERS, parseTankPayload, tankValueText, toTankPayload } from './tankEntry';

describe('a tank check before it is sealed', () => {
  it.each([
    { name: 'a plain check', input: { value: 6, fill: '  A walk on Sunday.  ' }, expected: { value: 6, fill: 'A walk on Sunday.' } },
    { name: 'empty words', input: { value: 0, fill: '   ' }, expected: { value: 0, fill: '' } },
    { name: 'full', input: { value: 10, fill: '' }, expected: { value: 10, fill: '' } },
    { name: 'the limit in emoji', input: { value: 3, fill: '🌿'.repeat(MAX_FILL_CHARACTERS) }, expected: { value: 3, fill: '🌿'.repeat(MAX_FILL_CHARACTERS) } },
  ])('$name is kept', ({ input, expected }) => {
    expect(toTankPayload(input)).toEqual(expected);
  });

  it.each([
    { name: 'below 0', input: { value: -1, fill: '' } },
    { name: 'above 10', input: { value: 11, fill: '' } },
    { name: 'not whole', input: { value: 4.5, fill: '' } },
    { name: 'too many words', input: { value: 4, fill: 'a'.repeat(MAX_FILL_CHARACTERS + 1) } },
  ])('$name is refused', ({ input }) => {
    expect(() => toTankPayload(input)).toThrow(InvalidTankCheckError);
  });
});

describe('a stored tank check', () => {
  it.each([
    { name: 'good', payload: { value: 4, fill: 'x' }, isKept: true },
    { name: 'extra field', payload: { value: 4, fill: 'x', mood: 1 }, isKept: false },
    { name: 'value as text', payload: { value: '4', fill: 'x' }, isKept: false },
    { name: 'nothing', payload: null, isKept: false },
  ])('$name is kept: $isKept', ({ payload, isKept }) => {
    expect(parseTankPayload(payload) !== null).toBe(isKept);
  });

  it.each([
    { value: 0, expected: '0 of 10, running on empty' },
    { value: 4, expected: '4 of 10, quite low' },
    { value: 7, expected: '7 of 10, fairly full' },
    { value: 10, expected: '10 of 10, full to the brim' },
  ])('$value reads "$expected"', ({ value, expected }) => {
    expect(tankValueText(value)).toBe(expected);
  });
});
