import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdIdleLock, isIdleLockHeld } from './idleLockHold';
import { startIdleWatch } from './idleWatch';

const MINUTE = 60_000;

describe('startIdleWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports idleness once, after the whole quiet time', () => {
    const onIdle = vi.fn();
    startIdleWatch({ idleAfterMs: 5 * MINUTE, onIdle });
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again from the last input', () => {
    const onIdle = vi.fn();
    const watch = startIdleWatch({ idleAfterMs: 5 * MINUTE, onIdle });
    vi.advanceTimersByTime(4 * MINUTE);
    watch.noteActivity();
    vi.advanceTimersByTime(4 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('keeps quiet once stopped', () => {
    const onIdle = vi.fn();
    const watch = startIdleWatch({ idleAfterMs: MINUTE, onIdle });
    watch.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('notices a clock that jumped ahead while timers slept', () => {
    let clock = 0;
    const scheduled: Array<() => void> = [];
    const onIdle = vi.fn();
    startIdleWatch({ idleAfterMs: MINUTE, onIdle, now: () => clock, schedule: (run) => scheduled.push(run), cancel: () => {} });
    clock = 30 * MINUTE;
    scheduled.shift()?.();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});

describe('a held idle lock', () => {
  it('does not lock while held, and counts quiet time again from the release', () => {
    let now = 0;
    const timers: { at: number; run: () => void }[] = [];
    let isHeld = true;
    let idle = 0;
    startIdleWatch({
      idleAfterMs: 1_000,
      onIdle: () => (idle += 1),
      isHeld: () => isHeld,
      now: () => now,
      schedule: (run, delay) => timers.push({ at: now + delay, run }),
      cancel: () => {},
    });
    const advanceTo = (time: number) => {
      now = time;
      while (timers[0] && timers[0].at <= now) timers.shift()!.run();
    };
    advanceTo(5_000);
    expect(idle).toBe(0);
    isHeld = false;
    advanceTo(5_500);
    expect(idle).toBe(0);
    advanceTo(6_000);
    expect(idle).toBe(1);
  });
});

describe('holdIdleLock', () => {
  it('counts holds, and a release works only once', () => {
    const first = holdIdleLock();
    const second = holdIdleLock();
    first();
    first();
    expect(isIdleLockHeld()).toBe(true);
    second();
    expect(isIdleLockHeld()).toBe(false);
  });
});
