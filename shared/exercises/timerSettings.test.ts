import { describe, expect, it } from 'vitest';
import { clampMinutes, clockText, DEVICE_FREE_MINUTES, deviceFreeTurnsMs, durationText, TALK_TURN_MINUTES, talkTurnsMs } from './timerSettings';

describe('timer settings', () => {
  it.each([
    [10, [600_000, 600_000]],
    [5, [300_000, 300_000]],
    [20, [1_200_000, 1_200_000]],
    [3, [300_000, 300_000]],
    [45, [1_200_000, 1_200_000]],
    [Number.NaN, [600_000, 600_000]],
  ])('a talk of %d minutes per turn has turns %j', (minutes, turns) => {
    expect(talkTurnsMs(minutes)).toEqual(turns);
  });

  it.each([
    [60, 3_600_000],
    [10, 900_000],
    [500, 10_800_000],
  ])('a device-free timer of %d minutes lasts %d ms', (minutes, ms) => {
    expect(deviceFreeTurnsMs(minutes)).toEqual([ms]);
  });

  it('rounds to whole minutes within the limits', () => {
    expect(clampMinutes(7.6, TALK_TURN_MINUTES)).toBe(8);
    expect(clampMinutes(Infinity, DEVICE_FREE_MINUTES)).toBe(60);
  });

  it.each([
    [600_000, '10:00'],
    [599_001, '10:00'],
    [599_000, '09:59'],
    [61_000, '01:01'],
    [999, '00:01'],
    [0, '00:00'],
    [-50, '00:00'],
    [3_600_000, '1:00:00'],
    [5_025_000, '1:23:45'],
  ])('%d ms left reads %s', (ms, text) => {
    expect(clockText(ms)).toBe(text);
  });

  it.each([
    [1100, '18 minutes 20 seconds'],
    [1200, '20 minutes'],
    [60, '1 minute'],
    [45, '45 seconds'],
    [3600, '1 hour'],
    [3725, '1 hour 2 minutes'],
    [0, '0 minutes'],
  ])('%d seconds reads "%s"', (seconds, text) => {
    expect(durationText(seconds)).toBe(text);
  });
});
