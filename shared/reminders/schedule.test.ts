import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuietHours, RitualRule, Weekday } from '../settings/reminderSettings';
import { DAY_MS, inputWith, localParts, NO_QUIET, runAwake, settingsWith } from './reminderFixtures';
import { CATCH_UP_LOOKBACK_MS, dueReminders, initialScheduleState, nextReminder } from './schedule';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const wallTime = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const rule: fc.Arbitrary<RitualRule> = fc.record({
  isOn: fc.constant(true),
  days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((days) => days as Weekday[]),
  time: wallTime,
});
const quiet: fc.Arbitrary<QuietHours> = fc
  .record({ isOn: fc.boolean(), start: wallTime, end: wallTime })
  .filter((q) => q.start !== q.end);
/** Any moment in 2026 and early 2027: both daylight-saving changes of each zone fall inside. */
const start = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 31) });
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

function isQuiet(at: number, q: QuietHours, zone: string): boolean {
  if (!q.isOn) return false;
  const m = localParts(at, zone).minute;
  const [s, e] = [minutes(q.start), minutes(q.end)];
  return s < e ? m >= s && m < e : m >= s || m < e;
}

describe('reminder rules, driven with a fake clock', () => {
  it('fires each occurrence exactly once, at its local time, on its days, outside quiet hours', () => {
    fc.assert(
      fc.property(rule, quiet, fc.constantFrom(...ZONES), start, (r, q, zone, from) => {
        const to = from + 15 * DAY_MS;
        const { fired } = runAwake(inputWith(settingsWith({ appreciation: r }, q), zone), from, to);
        const dates = fired.map((f) => localParts(f.firedAt, zone).date);
        expect(new Set(dates).size).toBe(dates.length);
        for (const f of fired) {
          const local = localParts(f.firedAt, zone);
          expect(f.reason).toBe('on-time');
          expect(r.days).toContain(local.weekday);
          expect(isQuiet(f.firedAt, q, zone)).toBe(false);
          // On time, or (only on a spring-forward night) pushed on by the length of the gap, at most an hour.
          const late = (local.minute - minutes(r.time) + 1440) % 1440;
          expect(late === 0 || late === 60 || (zone === 'Australia/Lord_Howe' && late === 30)).toBe(true);
        }
        // Every whole day in the range whose weekday is in the rule and whose time is not quiet fired.
        for (let t = from + DAY_MS; t < to - DAY_MS; t += DAY_MS) {
          const day = localParts(t, zone);
          if (!r.days.includes(day.weekday as Weekday)) continue;
          const fireOnDay = fired.find((f) => localParts(f.firedAt, zone).date === day.date);
          if (!fireOnDay) {
            // Missing only when that day's time is quiet.
            expect(q.isOn).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never fires inside quiet hours, also when waking from sleep and for snoozes', () => {
    fc.assert(
      fc.property(rule, quiet, fc.constantFrom(...ZONES), start, fc.integer({ min: 1, max: 4 * DAY_MS }), (r, q, zone, from, sleep) => {
        const input = inputWith(settingsWith({ appreciation: r, checkin: r }, q), zone);
        const state = { ...initialScheduleState(from), snoozes: [{ kind: 'checkin' as const, at: from + sleep / 2 }] };
        const wake = dueReminders(state, input, from + sleep);
        if (isQuiet(from + sleep, q, zone)) expect(wake.firings).toEqual([]);
        const { fired } = runAwake(input, from + sleep, from + sleep + 3 * DAY_MS, wake.state);
        for (const f of fired) expect(isQuiet(f.firedAt, q, zone)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('after a long sleep gives one catch-up, and only for what fell in the last few hours', () => {
    fc.assert(
      fc.property(rule, rule, fc.constantFrom(...ZONES), start, fc.integer({ min: 3 * DAY_MS, max: 4 * DAY_MS }), (a, c, zone, from, sleep) => {
        const input = inputWith(settingsWith({ appreciation: a, checkin: c }), zone);
        const wakeAt = from + sleep;
        const { firings } = dueReminders(initialScheduleState(from), input, wakeAt);
        expect(firings.length).toBeLessThanOrEqual(1);
        // What an independent look says was missed recently: any rule day whose local time fell in the window.
        const recent = [a, c].some((r) => {
          for (let t = wakeAt - CATCH_UP_LOOKBACK_MS; t <= wakeAt; t += 60_000) {
            const local = localParts(t, zone);
            if (r.days.includes(local.weekday as Weekday) && local.minute === minutes(r.time)) return true;
          }
          return false;
        });
        // A spring-forward gap can move a time by up to an hour; skip those rare draws rather than guess.
        fc.pre(firings.length === 0 ? true : firings[0]!.dueAt > wakeAt - CATCH_UP_LOOKBACK_MS);
        if (recent) expect(firings).toHaveLength(1);
        for (const firing of firings) expect(firing.dueAt).toBeGreaterThan(wakeAt - CATCH_UP_LOOKBACK_MS);
      }),
      { numRuns: 40 },
    );
  });

  it('a three-day sleep across daily reminders gives one catch-up (the latest), not six', () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7] as Weekday[];
    const input = inputWith(
      settingsWith({ appreciation: { isOn: true, days: everyDay, time: '21:00' }, checkin: { isOn: true, days: everyDay, time: '20:30' } }),
      'Europe/London',
    );
    const asleep = Date.parse('2026-06-01T12:00:00+01:00');
    const woke = Date.parse('2026-06-04T22:00:00+01:00');
    const { firings, state } = dueReminders(initialScheduleState(asleep), input, woke);
    expect(firings).toEqual([{ kind: 'appreciation', reason: 'catch-up', dueAt: Date.parse('2026-06-04T21:00:00+01:00') }]);
    // Nothing more comes that evening: the catch-up dealt with both.
    expect(runAwake(input, woke, Date.parse('2026-06-05T12:00:00+01:00'), state).fired).toEqual([]);
    // Woken at noon instead, the last reminders were hours ago: none at all.
    expect(dueReminders(initialScheduleState(asleep), input, Date.parse('2026-06-04T12:00:00+01:00')).firings).toEqual([]);
  });
});

describe('daylight saving and time zones', () => {
  const daily = (time: string): RitualRule => ({ isOn: true, days: [1, 2, 3, 4, 5, 6, 7], time });
  const firedTimes = (time: string, zone: string, from: string, to: string) =>
    runAwake(inputWith(settingsWith({ appreciation: daily(time) }), zone), Date.parse(from), Date.parse(to)).fired.map((f) => new Date(f.firedAt).toISOString());

  it.each([
    // 02:30 does not exist on 8 March in New York: it comes once, an hour later on the wall (03:30 EDT).
    ['02:30', 'America/New_York', '2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z', ['2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z']],
    // London's gap is 01:00-02:00 on 29 March: 01:30 becomes 02:30 BST; 02:30 itself is an ordinary time.
    ['01:30', 'Europe/London', '2026-03-28T12:00:00Z', '2026-03-30T12:00:00Z', ['2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z']],
    ['02:30', 'Europe/London', '2026-03-28T12:00:00Z', '2026-03-30T12:00:00Z', ['2026-03-29T01:30:00.000Z', '2026-03-30T01:30:00.000Z']],
    // 01:30 happens twice on 1 November in New York and 25 October in London: it fires once, the first time.
    ['01:30', 'America/New_York', '2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z', ['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']],
    ['01:30', 'Europe/London', '2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z', ['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']],
  ])('%s in %s from %s fires at %j', (time, zone, from, to, expected) => {
    expect(firedTimes(time, zone, from, to)).toEqual(expected);
  });

  it('follows a change of time zone: the next reminder is at 21:00 where the computer is now, and no day twice', () => {
    const r = daily('21:00');
    const settings = settingsWith({ appreciation: r });
    const london = inputWith(settings, 'Europe/London');
    const first = runAwake(london, Date.parse('2026-06-01T12:00:00Z'), Date.parse('2026-06-01T21:00:00Z'));
    expect(first.fired.map((f) => new Date(f.firedAt).toISOString())).toEqual(['2026-06-01T20:00:00.000Z']);
    // Flew west: 21:00 in New York on the same local day has already been dealt with; the next is tomorrow's.
    const newYork = inputWith(settings, 'America/New_York');
    expect(new Date(nextReminder(first.state, newYork, Date.parse('2026-06-01T21:00:00Z'))!.at).toISOString()).toBe('2026-06-03T01:00:00.000Z');
    const second = runAwake(newYork, Date.parse('2026-06-01T21:00:00Z'), Date.parse('2026-06-03T12:00:00Z'), first.state);
    expect(second.fired.map((f) => new Date(f.firedAt).toISOString())).toEqual(['2026-06-03T01:00:00.000Z']);
  });

  it('never repeats a reminder when the wall clock is set back an hour', () => {
    const input = inputWith(settingsWith({ appreciation: daily('21:00') }), 'Europe/London');
    const at = Date.parse('2026-06-01T20:00:00Z');
    const fired = dueReminders(initialScheduleState(at - 1), input, at);
    expect(fired.firings).toHaveLength(1);
    const back = dueReminders(fired.state, input, at - 3_600_000);
    const again = dueReminders(back.state, input, at + 60_000);
    expect(again.firings).toEqual([]);
  });
});

describe('the practice reminder', () => {
  it('fires only while the page said a planned practice is still to do', () => {
    const r: RitualRule = { isOn: true, days: [1, 2, 3, 4, 5, 6, 7], time: '20:00' };
    const from = Date.parse('2026-06-01T00:00:00Z');
    const to = Date.parse('2026-06-05T00:00:00Z');
    const settings = settingsWith({ practice: r }, NO_QUIET);
    expect(runAwake(inputWith(settings, 'UTC'), from, to).fired).toEqual([]);
    const until = Date.parse('2026-06-03T00:00:00Z');
    const fired = runAwake(inputWith(settings, 'UTC', { plannedPracticeUntil: until }), from, to).fired;
    expect(fired.map((f) => new Date(f.firedAt).toISOString())).toEqual(['2026-06-01T20:00:00.000Z', '2026-06-02T20:00:00.000Z']);
  });
});
