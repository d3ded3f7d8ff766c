import { describe, expect, it } from 'vitest';
import { ManualClock } from './manualClock';

describe('ManualClock', () => {
  it('fires timers in the order they fall due, with the wall clock at their moment', () => {
    const clock = new ManualClock({ startAt: 1_000_000, timeZone: 'Europe/London' });
    const seen: [string, number][] = [];
    clock.setTimer(300, () => seen.push(['late', clock.now()]));
    clock.setTimer(100, () => seen.push(['early', clock.now()]));
    clock.advance(250);
    expect(seen).toEqual([['early', 1_000_100]]);
    clock.advance(100);
    expect(seen).toEqual([
      ['early', 1_000_100],
      ['late', 1_000_300],
    ]);
    expect(clock.now()).toBe(1_000_350);
    expect(clock.monotonic()).toBe(350);
  });

  it('runs a timer set by a firing timer when it falls within the same advance', () => {
    const clock = new ManualClock({ startAt: 0, timeZone: 'UTC' });
    const fired: number[] = [];
    const tick = () => {
      fired.push(clock.monotonic());
      clock.setTimer(60_000, tick);
    };
    clock.setTimer(60_000, tick);
    clock.advance(10 * 60_000);
    expect(fired).toHaveLength(10);
  });

  it('does not fire a cancelled timer', () => {
    const clock = new ManualClock({ startAt: 0, timeZone: 'UTC' });
    let fired = false;
    const cancel = clock.setTimer(10, () => (fired = true));
    cancel();
    clock.advance(100);
    expect(fired).toBe(false);
    expect(clock.pendingTimerCount).toBe(0);
  });

  it('moves wall time alone on a jump, leaving timers on monotonic time', () => {
    const clock = new ManualClock({ startAt: 0, timeZone: 'UTC' });
    let fired = false;
    clock.setTimer(1_000, () => (fired = true));
    clock.jumpWall(3 * 86_400_000);
    expect(fired).toBe(false);
    expect(clock.now()).toBe(3 * 86_400_000);
    expect(clock.monotonic()).toBe(0);
  });
});
