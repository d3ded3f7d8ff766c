import { describe, expect, it } from 'vitest';
import { dateInputValue, logProblem, startedAtOf, timeInputValue, toNewSession, type LogFormValues } from './logFormState';

const NOW = new Date(2026, 4, 14, 20, 30).getTime();
const values = (overrides: Partial<LogFormValues> = {}): LogFormValues => ({
  date: '2026-05-14',
  time: '19:00',
  minutes: 20,
  participants: 'both',
  feeling: null,
  reflection: '',
  isReflectionPrivate: false,
  ...overrides,
});

describe('the log form', () => {
  it('reads and writes the local date and time inputs', () => {
    expect(dateInputValue(NOW)).toBe('2026-05-14');
    expect(timeInputValue(NOW)).toBe('20:30');
    expect(startedAtOf('2026-05-14', '20:30')).toBe(NOW);
  });

  it.each([
    ['2026-05-14', '', null],
    ['', '19:00', null],
    ['14/05/2026', '19:00', null],
  ])('a date of "%s" and time of "%s" name no moment', (date, time, expected) => {
    expect(startedAtOf(date, time)).toBe(expected);
  });

  it.each<[string, Partial<LogFormValues>, boolean, string | null]>([
    ['a complete session', {}, false, null],
    ['no day', { date: '' }, false, 'Choose the day and time the session began.'],
    ['a time still to come', { time: '22:00' }, false, 'That time is still to come. Choose when the session began.'],
    ['zero minutes', { minutes: 0 }, false, 'Say how many minutes it took, from 1 to 1440.'],
    ['more than a day', { minutes: 1441 }, false, 'Say how many minutes it took, from 1 to 1440.'],
    ['no minutes typed', { minutes: Number.NaN }, false, 'Say how many minutes it took, from 1 to 1440.'],
    ['a timer measured it', { date: '', minutes: Number.NaN }, true, null],
  ])('%s', (_name, overrides, isMeasured, problem) => {
    expect(logProblem(values(overrides), NOW, isMeasured)).toBe(problem);
  });

  it('prefers what a timer measured over the typed day and minutes', () => {
    const measured = { startedAt: NOW - 1_200_000, durationSeconds: 1175 };
    expect(toNewSession('twenty-minute-talk', values(), measured, undefined)).toMatchObject({ startedAt: NOW - 1_200_000, durationSeconds: 1175 });
    expect(toNewSession('walk-together', values({ minutes: 35 }), undefined, undefined)).toMatchObject({
      startedAt: new Date(2026, 4, 14, 19, 0).getTime(),
      durationSeconds: 2100,
    });
    expect(toNewSession('sensate-focus', values(), undefined, 2)).toMatchObject({ stage: 2 });
    expect(toNewSession('walk-together', values(), undefined, undefined)).not.toHaveProperty('stage');
  });
});
