/**
 * The timer behind the guided tools (the 20-minute talk's two turns, the device-free hour's one): a pure
 * state machine driven by wall-clock timestamps. The screen may tick it as often or as rarely as it likes
 * (a hidden window's timers are throttled, a sleeping computer's stop): every reading is computed from
 * `now`, so it is right whenever it is read. Pauses do not count; handing over early skips the rest of a
 * turn without counting it either, so `elapsedMs` is always the time really spent.
 *
 * Owns no clock of its own: callers pass `Date.now()` (or a test's number). Never mutates a state.
 */

export type TimerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface TurnTimer {
  /** Each turn's length, in order. */
  readonly turnsMs: readonly number[];
  readonly status: TimerStatus;
  /** When the timer was first started; null while ready. */
  readonly startedAt: number | null;
  /** Time really spent before the current run began (pauses excluded). */
  readonly bankedMs: number;
  /** When the current run began; null unless running. */
  readonly runningSince: number | null;
  /** Scheduled time passed over by handing over early; it moves the schedule on but is not time spent. */
  readonly skippedMs: number;
}

export interface TimerReading {
  /** The current turn, 0-based; once finished, the turn it ended in. */
  turn: number;
  turnCount: number;
  /** Time left in the current turn. */
  remainingMs: number;
  /** Time left until the end of the last turn. */
  totalRemainingMs: number;
  /** Time really spent (pauses and skipped time excluded). */
  elapsedMs: number;
  isRunning: boolean;
  isPaused: boolean;
  isFinished: boolean;
}

/** A timer with the given turns, not started. Each turn must be a positive whole number of milliseconds. */
export function createTurnTimer(turnsMs: readonly number[]): TurnTimer {
  if (turnsMs.length === 0 || turnsMs.some((ms) => !Number.isInteger(ms) || ms <= 0)) {
    throw new RangeError('A timer needs at least one turn, each longer than zero.');
  }
  return { turnsMs: [...turnsMs], status: 'ready', startedAt: null, bankedMs: 0, runningSince: null, skippedMs: 0 };
}

export function totalMs(timer: TurnTimer): number {
  return timer.turnsMs.reduce((sum, ms) => sum + ms, 0);
}

/** Starts a ready timer; any other state is answered unchanged. */
export function start(timer: TurnTimer, now: number): TurnTimer {
  if (timer.status !== 'ready') return timer;
  return { ...timer, status: 'running', startedAt: now, runningSince: now };
}

/** Pauses a running timer (finishing it instead if its time ran out meanwhile). */
export function pause(timer: TurnTimer, now: number): TurnTimer {
  const settled = settle(timer, now);
  if (settled.status !== 'running' || settled.runningSince === null) return settled;
  return { ...settled, status: 'paused', bankedMs: settled.bankedMs + Math.max(0, now - settled.runningSince), runningSince: null };
}

/** Resumes a paused timer; any other state is answered unchanged. */
export function resume(timer: TurnTimer, now: number): TurnTimer {
  if (timer.status !== 'paused') return timer;
  return { ...timer, status: 'running', runningSince: now };
}

/** Ends the current turn now and moves to the next one (or finishes after the last). Keeps running or paused. */
export function handOver(timer: TurnTimer, now: number): TurnTimer {
  const settled = settle(timer, now);
  if (settled.status !== 'running' && settled.status !== 'paused') return settled;
  const reading = tick(settled, now);
  const skipped = { ...settled, skippedMs: settled.skippedMs + reading.remainingMs };
  return reading.turn === reading.turnCount - 1 ? finish(skipped, now) : skipped;
}

/** Stops the timer for good now, keeping the time spent so far. A ready timer stays ready. */
export function finish(timer: TurnTimer, now: number): TurnTimer {
  if (timer.status === 'ready' || timer.status === 'finished') return timer;
  return { ...timer, status: 'finished', bankedMs: spentMs(timer, now), runningSince: null };
}

/**
 * Moves a running timer whose time has run out to `finished`, with exactly the time its turns allowed
 * (not the time until this late call). Anything else is answered unchanged.
 */
export function settle(timer: TurnTimer, now: number): TurnTimer {
  if (timer.status !== 'running' || spentMs(timer, now) + timer.skippedMs < totalMs(timer)) return timer;
  return { ...timer, status: 'finished', bankedMs: spentMs(timer, now), runningSince: null };
}

/** Where the timer stands at `now`. Pure: reading never changes the timer. */
export function tick(timer: TurnTimer, now: number): TimerReading {
  const total = totalMs(timer);
  const elapsedMs = spentMs(timer, now);
  const position = Math.min(total, elapsedMs + timer.skippedMs);
  const isFinished = timer.status === 'finished' || position >= total;
  const turnCount = timer.turnsMs.length;
  let turnEnd = 0;
  let turn = 0;
  for (; turn < turnCount; turn += 1) {
    turnEnd += timer.turnsMs[turn] ?? 0;
    if (position < turnEnd) break;
  }
  if (turn >= turnCount) turn = turnCount - 1;
  return {
    turn,
    turnCount,
    remainingMs: isFinished ? 0 : turnEnd - position,
    totalRemainingMs: isFinished ? 0 : total - position,
    elapsedMs,
    isRunning: timer.status === 'running' && !isFinished,
    isPaused: timer.status === 'paused',
    isFinished,
  };
}

/** Time really spent at `now`, never more than the turns allow once skipped time is set aside. */
function spentMs(timer: TurnTimer, now: number): number {
  const running = timer.status === 'running' && timer.runningSince !== null ? Math.max(0, now - timer.runningSince) : 0;
  return Math.min(timer.bankedMs + running, Math.max(0, totalMs(timer) - timer.skippedMs));
}
