import { describe, expect, it } from 'vitest';
import { countDistinctLocalDays, isOnLocalDay, localDayBounds, localDayNumber } from './dayMaths';

const at = (year: number, month: number, day: number, hour = 12, minute = 0) => new Date(year, month - 1, day, hour, minute);

describe('isOnLocalDay', () => {
  const evening = at(2026, 3, 9, 21, 30);
  it.each([
    ['earlier the same evening', at(2026, 3, 9, 19), true],
    ['just after midnight that morning', at(2026, 3, 9, 0, 1), true],
    ['the last minute of the day', at(2026, 3, 9, 23, 59), true],
    ['late the night before', at(2026, 3, 8, 23, 59), false],
    ['the same date a year ago', at(2025, 3, 9, 21), false],
    ['tomorrow', at(2026, 3, 10, 0, 0), false],
  ])('%s', (_name, written, expected) => {
    expect(isOnLocalDay(written.getTime(), evening)).toBe(expected);
  });
});

describe('localDayNumber', () => {
  it.each([
    ['the epoch', at(1970, 1, 1, 0), 0],
    ['the next day', at(1970, 1, 2, 23, 59), 1],
    ['a day in 2026', at(2026, 3, 9, 8), 20521],
  ])('%s', (_name, date, expected) => {
    expect(localDayNumber(date)).toBe(expected);
  });

  it('moves on by exactly one each day, through a whole year', () => {
    for (let day = 1; day < 366; day += 1) {
      expect(localDayNumber(new Date(2026, 0, day + 1, 0, 30)) - localDayNumber(new Date(2026, 0, day, 23, 30))).toBe(1);
    }
  });

  it('is the same all day long', () => {
    expect(localDayNumber(at(2026, 10, 25, 0, 0))).toBe(localDayNumber(at(2026, 10, 25, 23, 59)));
  });
});

describe('countDistinctLocalDays', () => {
  it.each([
    ['nothing yet', [], 0],
    ['one entry', [at(2026, 3, 9)], 1],
    ['two partners the same evening', [at(2026, 3, 9, 20), at(2026, 3, 9, 22)], 1],
    ['three evenings with gaps between', [at(2026, 3, 1), at(2026, 3, 9), at(2026, 4, 2)], 3],
    ['either side of midnight', [at(2026, 3, 9, 23, 59), at(2026, 3, 10, 0, 1)], 2],
  ])('%s', (_name, dates, expected) => {
    expect(countDistinctLocalDays(dates.map((date) => date.getTime()))).toBe(expected);
  });
});

describe('localDayBounds', () => {
  it('holds exactly the moments isOnLocalDay counts as today, on ordinary and daylight-saving days', () => {
    for (const now of [new Date(2026, 5, 14, 21, 30), new Date(2026, 2, 29, 12, 0), new Date(2026, 9, 25, 12, 0), new Date(2026, 11, 31, 23, 59)]) {
      const { start, end } = localDayBounds(now);
      expect(isOnLocalDay(start, now)).toBe(true);
      expect(isOnLocalDay(end - 1, now)).toBe(true);
      expect(isOnLocalDay(start - 1, now)).toBe(false);
      expect(isOnLocalDay(end, now)).toBe(false);
    }
  });
});
