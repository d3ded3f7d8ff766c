import { describe, expect, it } from 'vitest';
import { OBSTACLE_IDS, OBSTACLE_LABELS } from './obstacles';
import { SCALES, SCALE_IDS, isScaleValue, wordFor } from './scales';

describe('scales', () => {
  it('has the four scales, each with five different words', () => {
    expect(SCALES.map((scale) => scale.id)).toEqual([...SCALE_IDS]);
    for (const scale of SCALES) expect(new Set(scale.words).size, scale.id).toBe(5);
  });

  it.each([
    ['mood', 1, 'Low'],
    ['mood', 5, 'Bright'],
    ['emotionalCloseness', 5, 'Very close'],
    ['physicalCloseness', 2, 'Less than I would like'],
    ['stress', 1, 'At ease'],
    ['stress', 5, 'Very stressed'],
  ] as const)('%s at %i reads "%s"', (id, value, word) => {
    expect(wordFor(id, value)).toBe(word);
  });

  it('reads stress the other way round: only stress is heavier when higher', () => {
    expect(SCALES.filter((scale) => scale.isHigherHeavier).map((scale) => scale.id)).toEqual(['stress']);
  });

  it.each([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    ['3', false],
  ])('isScaleValue(%j) is %s', (value, expected) => {
    expect(isScaleValue(value)).toBe(expected);
  });

  it('offers every obstacle a label', () => {
    for (const id of OBSTACLE_IDS) expect(OBSTACLE_LABELS[id]).toMatch(/\w/);
  });
});
