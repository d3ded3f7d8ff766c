import { describe, expect, it } from 'vitest';
import { nextReminderWords, pauseWords, quietHoursWords, whenWords } from './reminderWording';

const at = (iso: string) => Date.parse(iso);
const now = at('2026-06-01T15:00:00+01:00'); // a Monday afternoon in London

describe('reminder wording', () => {
  it.each([
    ['2026-06-01T21:30:00+01:00', /^today at 21:30$/],
    ['2026-06-02T07:00:00+01:00', /^tomorrow at 07:00$/],
    ['2026-06-07T19:00:00+01:00', /^on Sunday at 19:00$/],
    ['2026-06-20T19:00:00+01:00', /^on Saturday(,)? 20 June at 19:00$/],
  ])('says when %s is', (moment, expected) => {
    expect(whenWords(at(moment), now, 'Europe/London', 'en-GB')).toMatch(expected);
  });

  it('names the next reminder, and says when nothing comes', () => {
    const base = { pause: null, waiting: null, timeZone: 'Europe/London' } as const;
    expect(nextReminderWords({ ...base, next: { kind: 'appreciation', at: at('2026-06-01T21:30:00+01:00'), reason: 'on-time' } }, now, 'en-GB')).toBe(
      "Next reminder: tonight's appreciation, today at 21:30.",
    );
    expect(nextReminderWords({ ...base, next: null }, now)).toBe('No reminders are set. You can choose some in Settings.');
    expect(nextReminderWords({ ...base, next: null, pause: 'until-resumed' }, now)).toMatch(/paused until you resume/);
  });

  it('says how long a pause lasts, and nothing once it is over', () => {
    expect(pauseWords(at('2026-06-01T16:00:00+01:00'), now, 'Europe/London', 'en-GB')).toBe('Reminders are paused until today at 16:00.');
    expect(pauseWords(at('2026-06-01T14:00:00+01:00'), now, 'Europe/London')).toBeNull();
  });

  it('follows the person\'s clock style', () => {
    expect(whenWords(at('2026-06-01T21:30:00+01:00'), now, 'Europe/London', 'en-US')).toBe('today at 9:30 PM');
  });

  it('says what happens to a reminder inside quiet hours', () => {
    expect(quietHoursWords({ isOn: true, start: '22:30', end: '07:30' }, 'en-GB')).toMatch(/^From 22:30 to 07:30 nothing sounds\..*skipped that day.*comes when they end/);
    expect(quietHoursWords({ isOn: true, start: '22:30', end: '07:30' }, 'en-US')).toMatch(/^From 10:30 PM to 7:30 AM/);
  });
});
