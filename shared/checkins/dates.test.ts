import { describe, expect, it } from 'vitest';
import { addMonths, addWeeks, dateOfDay, dayKey, monthKey, weekKey, weeksEndingAt, weekStart } from './dates';

const local = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour);

describe('weekKey (ISO 8601, Monday first, local time)', () => {
  it.each([
    ['a Sunday still in the old year’s last week', local(2021, 1, 3), '2020-W53'],
    ['the Monday after it', local(2021, 1, 4), '2021-W01'],
    ['a late-December Monday in next year’s week 1', local(2024, 12, 30), '2025-W01'],
    ['a New Year’s Thursday', local(2026, 1, 1), '2026-W01'],
    ['a New Year’s Friday in the old year’s 53rd week', local(2027, 1, 1), '2026-W53'],
    ['29 December in the next year', local(2008, 12, 29), '2009-W01'],
    ['3 January in the last year', local(2010, 1, 3), '2009-W53'],
    ['just after midnight on a Monday', local(2026, 3, 9, 0), '2026-W11'],
    ['just before midnight on a Sunday', new Date(2026, 2, 8, 23, 59), '2026-W10'],
    ['a spring daylight-saving Sunday', local(2026, 3, 29), '2026-W13'],
    ['the Monday after it', local(2026, 3, 30), '2026-W14'],
  ])('%s', (_name, date, expected) => {
    expect(weekKey(date)).toBe(expected);
  });

  it('agrees with weekStart for every day of four years', () => {
    for (let day = 0; day < 4 * 366; day++) {
      const date = new Date(2024, 0, 1 + day, 12);
      const key = weekKey(date);
      const start = weekStart(key);
      expect(start.getDay(), key).toBe(1);
      expect(date.getTime() - start.getTime()).toBeGreaterThanOrEqual(0);
      expect(date.getTime() - start.getTime()).toBeLessThan(7 * 86_400_000 + 3_600_000);
    }
  });
});

describe('day and month keys', () => {
  it.each([
    [local(2026, 3, 9), '2026-03-09', '2026-03'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31', '2026-12'],
    [new Date(2027, 0, 1, 0, 0), '2027-01-01', '2027-01'],
  ])('%s', (date, day, month) => {
    expect(dayKey(date)).toBe(day);
    expect(monthKey(date)).toBe(month);
    expect(dayKey(dateOfDay(day))).toBe(day);
  });
});

describe('stepping', () => {
  it.each([
    ['2026-W11', 1, '2026-W12'],
    ['2026-W53', 1, '2027-W01'],
    ['2027-W01', -1, '2026-W53'],
    ['2025-W01', -1, '2024-W52'],
    ['2026-W11', -6, '2026-W05'],
  ])('%s plus %i weeks is %s', (from, weeks, expected) => {
    expect(addWeeks(from, weeks)).toBe(expected);
  });

  it.each([
    ['2026-03', 1, '2026-04'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -11, '2025-04'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('lists weeks oldest first, ending with the given one', () => {
    expect(weeksEndingAt('2027-W02', 4)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });
});
