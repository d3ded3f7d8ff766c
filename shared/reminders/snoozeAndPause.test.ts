import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuietHours, RitualRule } from '../settings/reminderSettings';
import { DAY_MS, inputWith, localParts, NO_QUIET, runAwake, settingsWith } from './reminderFixtures';
import { initialScheduleState, nextReminder } from './schedule';
import { pauseUntil, SNOOZE_CHOICES, snoozeUntil, withSnooze } from './snoozeAndPause';

const daily = (time: string): RitualRule => ({ isOn: true, days: [1, 2, 3, 4, 5, 6, 7], time });
const NIGHT: QuietHours = { isOn: true, start: '22:00', end: '07:00' };
const moment = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });

describe('snooze', () => {
  it('brings the reminder back once, at the moment the choice says, and never inside quiet hours', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SNOOZE_CHOICES), moment, fc.constantFrom('Europe/London', 'America/New_York'), (choice, now, zone) => {
        const at = snoozeUntil(choice, now, zone, NIGHT);
        fc.pre(at !== null);
        const state = { ...initialScheduleState(now), snoozes: withSnooze([], 'checkin', at!) };
        const { fired } = runAwake(inputWith(settingsWith({}, NIGHT), zone), now, now + 3 * DAY_MS, state);
        expect(fired).toEqual([{ kind: 'checkin', reason: 'snoozed', dueAt: at, firedAt: at }]);
        const local = localParts(at!, zone).minute;
        expect(local >= 22 * 60 || local < 7 * 60).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['10-minutes', '2026-06-01T15:00:00+01:00', '2026-06-01T15:10:00+01:00'],
    ['an-hour', '2026-06-01T15:00:00+01:00', '2026-06-01T16:00:00+01:00'],
    ['tonight', '2026-06-01T15:00:00+01:00', '2026-06-01T21:00:00+01:00'],
    ['tomorrow', '2026-06-01T15:00:00+01:00', '2026-06-02T15:00:00+01:00'],
    // An hour from 21:30 is in quiet hours (from 22:00): it waits until they end at 07:00.
    ['an-hour', '2026-06-01T21:30:00+01:00', '2026-06-02T07:00:00+01:00'],
    // Tomorrow keeps the wall-clock time across the clocks going forward.
    ['tomorrow', '2026-03-28T18:00:00+00:00', '2026-03-29T18:00:00+01:00'],
  ] as const)('%s from %s comes back at %s (London)', (choice, now, expected) => {
    expect(snoozeUntil(choice, Date.parse(now), 'Europe/London', NIGHT)).toBe(Date.parse(expected));
  });

  it('does not offer "tonight" once the evening is late', () => {
    expect(snoozeUntil('tonight', Date.parse('2026-06-01T20:45:00+01:00'), 'Europe/London', NO_QUIET)).toBeNull();
  });
});

describe('pause and resume', () => {
  it('while paused nothing fires; what fell in the pause is let go; afterwards reminders come as before', () => {
    fc.assert(
      fc.property(moment, fc.constantFrom('an-hour', 'until-tomorrow') as fc.Arbitrary<'an-hour' | 'until-tomorrow'>, (now, choice) => {
        const zone = 'Europe/London';
        const until = pauseUntil(choice, now, zone);
        const settings = settingsWith({ appreciation: daily(localTime(now + 30 * 60_000, zone)) });
        const { fired } = runAwake(inputWith(settings, zone, { pause: until }), now, now + 2 * DAY_MS);
        for (const f of fired) expect(f.firedAt).toBeGreaterThan(until);
        expect(fired.length).toBeGreaterThanOrEqual(1);
        expect(fired.every((f) => f.reason === 'on-time')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('paused until resumed, there is no next reminder; resumed, there is', () => {
    const input = inputWith(settingsWith({ appreciation: daily('21:00') }), 'UTC', { pause: 'until-resumed' });
    const now = Date.parse('2026-06-01T12:00:00Z');
    expect(nextReminder(initialScheduleState(now), input, now)).toBeNull();
    expect(runAwake(input, now, now + 3 * DAY_MS).fired).toEqual([]);
    expect(nextReminder(initialScheduleState(now), { ...input, pause: null }, now)?.at).toBe(Date.parse('2026-06-01T21:00:00Z'));
  });

  it('"until tomorrow" ends at local midnight', () => {
    expect(pauseUntil('until-tomorrow', Date.parse('2026-06-01T21:00:00+01:00'), 'Europe/London')).toBe(Date.parse('2026-06-02T00:00:00+01:00'));
  });
});

function localTime(at: number, zone: string): string {
  const minute = localParts(at, zone).minute;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
