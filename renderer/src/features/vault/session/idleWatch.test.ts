import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
