/** What a finished timer measured, for the log: when it began and the seconds really spent (pauses left out). */
import { tick, type TurnTimer } from '@shared/exercises/turnTimer';

export function measuredOf(timer: TurnTimer): { startedAt: number; durationSeconds: number } {
  // A finished timer's reading no longer depends on the time it is read at.
  const startedAt = timer.startedAt ?? 0;
  return { startedAt, durationSeconds: Math.round(tick(timer, startedAt).elapsedMs / 1000) };
}
