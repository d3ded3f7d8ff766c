import { describe, expect, it } from 'vitest';
import { practiceCalendar } from './practiceCalendar';
import { addDays, dayKey, startOfWeek } from './practiceDays';

const NOW = new Date(2026, 4, 14, 20, 0).getTime(); // Thursday 14 May 2026
const on = (y: number, m: number, d: number, h = 19) => ({ exerciseId: 'walk-together', startedAt: new Date(y, m - 1, d, h).getTime() });

describe('the practice calendar', () => {
  const calendar = practiceCalendar([on(2026, 5, 14, 8), on(2026, 5, 14, 7), on(2026, 3, 23), on(2026, 3, 22), on(2026, 5, 20)], NOW);

  it('shows eight weeks of seven days, Monday first, ending with this week', () => {
    expect(calendar).toHaveLength(8);
    expect(calendar.every((week) => week.days.length === 7)).toBe(true);
    expect(calendar[0]?.start).toBe('2026-03-23');
    expect(calendar[7]?.start).toBe('2026-05-11');
    expect(calendar[7]?.days.map((d) => d.day)).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15', '2026-05-16', '2026-05-17']);
  });

  it.each([
    ['2026-05-14', { isToday: true, isFuture: false, sessions: 2 }],
    ['2026-05-15', { isToday: false, isFuture: true, sessions: 0 }],
    ['2026-03-23', { isToday: false, isFuture: false, sessions: 1 }],
    ['2026-05-13', { isToday: false, isFuture: false, sessions: 0 }],
  ])('%s', (day, expected) => {
    const found = calendar.flatMap((week) => week.days).find((d) => d.day === day);
    expect(found && { isToday: found.isToday, isFuture: found.isFuture, sessions: found.sessions.length }).toEqual(expected);
  });

  it('leaves out what falls outside the weeks, and lists a day’s sessions oldest first', () => {
    const all = calendar.flatMap((week) => week.days).flatMap((d) => d.sessions);
    expect(all).toHaveLength(3);
    const today = calendar[7]?.days[3];
    expect(today?.sessions.map((x) => new Date(x.startedAt).getHours())).toEqual([7, 8]);
  });

  it.each([
    ['a Monday', new Date(2026, 4, 11, 0, 0), '2026-05-11'],
    ['a Sunday night', new Date(2026, 4, 17, 23, 59), '2026-05-11'],
    ['across a year end', new Date(2027, 0, 1, 12), '2026-12-28'],
  ])('a week starts on Monday: %s', (_name, date, monday) => {
    expect(dayKey(startOfWeek(date))).toBe(monday);
  });

  it('steps whole calendar days across a daylight-saving change', () => {
    const days = Array.from({ length: 10 }, (_x, i) => dayKey(addDays(new Date(2026, 2, 25, 0, 30), i)));
    expect(new Set(days).size).toBe(10);
    expect(days[9]).toBe('2026-04-03');
  });
});
