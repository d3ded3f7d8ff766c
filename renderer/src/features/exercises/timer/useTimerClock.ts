/**
 * The guided timers' clock: the wall-clock time, refreshed a few times a second while a timer runs and at
 * once when the window shows again. The timer itself (shared/exercises/turnTimer.ts) works everything out
 * from this timestamp, so throttled or skipped ticks in a hidden window never lose time. Uses Date.now and
 * setInterval only, which the end-to-end tests' controlled clock drives.
 */
import { useCallback, useEffect, useState } from 'react';
import { settle, tick, type TimerReading, type TurnTimer } from '@shared/exercises/turnTimer';

const TICK_MS = 500;

export interface TimerClock {
  reading: TimerReading;
  /** Applies a timer operation at the current time and refreshes the clock with it. */
  act: (operation: (timer: TurnTimer, now: number) => TurnTimer) => void;
}

/** Reads `timer` against the clock; `onChange` receives the timer after an operation or once it runs out. */
export function useTimerClock(timer: TurnTimer, onChange: (next: TurnTimer) => void): TimerClock {
  const [now, setNow] = useState(() => Date.now());
  const isRunning = timer.status === 'running';

  useEffect(() => {
    if (!isRunning) return;
    const refresh = () => setNow(Date.now());
    const interval = setInterval(refresh, TICK_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [isRunning]);

  const reading = tick(timer, Math.max(now, timer.runningSince ?? 0));

  // When the time runs out, the timer settles at its exact end (not at this late tick).
  useEffect(() => {
    if (timer.status !== 'running' || !reading.isFinished) return;
    onChange(settle(timer, Date.now()));
  }, [timer, reading.isFinished, onChange]);

  const act = useCallback(
    (operation: (timer: TurnTimer, now: number) => TurnTimer) => {
      const at = Date.now();
      setNow(at);
      onChange(operation(timer, at));
    },
    [timer, onChange],
  );

  return { reading, act };
}
