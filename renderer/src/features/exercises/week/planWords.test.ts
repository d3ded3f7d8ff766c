import { describe, expect, it } from 'vitest';
import { exerciseById } from '@shared/content';
import { progressText, suggestedTimesPerWeek, timesText } from './planWords';

describe('plan words', () => {
  it.each([
    [1, 'once'],
    [2, 'twice'],
    [5, '5 times'],
  ])('%d reads "%s"', (times, text) => {
    expect(timesText(times)).toBe(text);
  });

  it.each([
    [1, 0, 'Planned once a week. Not yet this week.'],
    [3, 1, 'Planned 3 times a week. Once so far this week.'],
    [2, 4, 'Planned twice a week. 4 times so far this week.'],
  ])('planned %d, done %d: "%s"', (planned, done, text) => {
    expect(progressText(planned, done)).toBe(text);
  });

  it.each([
    ['device-free-hour', 7],
    ['walk-together', 3],
    ['twenty-minute-talk', 1],
    ['memory-lane', 1],
    ['find-a-counsellor', 1],
  ])('%s starts at %d a week', (id, times) => {
    expect(suggestedTimesPerWeek(exerciseById(id)!)).toBe(times);
  });
});
