import { describe, expect, it } from 'vitest';
import { createTurnTimer, finish, handOver, pause, resume, settle, start, tick, type TurnTimer } from './turnTimer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 14, 19, 0);
const at = (ms: number) => T0 + ms;

type Step = ['start' | 'pause' | 'resume' | 'handOver' | 'finish' | 'settle', number];

/** Runs steps (each at T0 + ms) on a fresh timer, then reads it at T0 + readAt. */
function run(turnsMs: number[], steps: Step[], readAt: number) {
  const ops = { start, pause, resume, handOver, finish, settle };
  let timer: TurnTimer = createTurnTimer(turnsMs);
  for (const [op, ms] of steps) timer = ops[op](timer, at(ms));
  return { timer, reading: tick(timer, at(readAt)) };
}

describe('the turn timer', () => {
  it.each<[string, number[], Step[], number, { turn: number; remainingMs: number; elapsedMs: number; isFinished: boolean }]>([
    ['a ready timer has not begun', [10 * MIN, 10 * MIN], [], 5 * MIN, { turn: 0, remainingMs: 10 * MIN, elapsedMs: 0, isFinished: false }],
    ['counts down the first turn', [10 * MIN, 10 * MIN], [['start', 0]], 3 * MIN, { turn: 0, remainingMs: 7 * MIN, elapsedMs: 3 * MIN, isFinished: false }],
    ['is still the first turn a moment before 10:00', [10 * MIN, 10 * MIN], [['start', 0]], 10 * MIN - 1, { turn: 0, remainingMs: 1, elapsedMs: 10 * MIN - 1, isFinished: false }],
    ['changes turn at exactly 10:00', [10 * MIN, 10 * MIN], [['start', 0]], 10 * MIN, { turn: 1, remainingMs: 10 * MIN, elapsedMs: 10 * MIN, isFinished: false }],
    ['finishes at 20:00', [10 * MIN, 10 * MIN], [['start', 0]], 20 * MIN, { turn: 1, remainingMs: 0, elapsedMs: 20 * MIN, isFinished: true }],
    ['pause stops time', [10 * MIN, 10 * MIN], [['start', 0], ['pause', 4 * MIN]], 9 * MIN, { turn: 0, remainingMs: 6 * MIN, elapsedMs: 4 * MIN, isFinished: false }],
    ['resume continues where it stopped', [10 * MIN, 10 * MIN], [['start', 0], ['pause', 4 * MIN], ['resume', 9 * MIN]], 12 * MIN, { turn: 0, remainingMs: 3 * MIN, elapsedMs: 7 * MIN, isFinished: false }],
    ['a pause moves the turn change later', [10 * MIN, 10 * MIN], [['start', 0], ['pause', 4 * MIN], ['resume', 9 * MIN]], 15 * MIN, { turn: 1, remainingMs: 10 * MIN, elapsedMs: 10 * MIN, isFinished: false }],
    ['adjustable turns: 5 + 5 changes at 5:00', [5 * MIN, 5 * MIN], [['start', 0]], 5 * MIN + 30_000, { turn: 1, remainingMs: 4.5 * MIN, elapsedMs: 5.5 * MIN, isFinished: false }],
    ['adjustable turns: 20 + 20 is still turn one at 15:00', [20 * MIN, 20 * MIN], [['start', 0]], 15 * MIN, { turn: 0, remainingMs: 5 * MIN, elapsedMs: 15 * MIN, isFinished: false }],
    ['a long hidden gap lands in the right turn', [10 * MIN, 10 * MIN], [['start', 0]], 13 * MIN + 7_000, { turn: 1, remainingMs: 6 * MIN + 53_000, elapsedMs: 13 * MIN + 7_000, isFinished: false }],
    ['a gap past the end counts only the 20 minutes', [10 * MIN, 10 * MIN], [['start', 0]], 3 * 60 * MIN, { turn: 1, remainingMs: 0, elapsedMs: 20 * MIN, isFinished: true }],
    ['handing over early skips the rest of the turn, not counted', [10 * MIN, 10 * MIN], [['start', 0], ['handOver', 6 * MIN]], 8 * MIN, { turn: 1, remainingMs: 8 * MIN, elapsedMs: 8 * MIN, isFinished: false }],
    ['handing over in the last turn finishes', [10 * MIN, 10 * MIN], [['start', 0], ['handOver', 6 * MIN], ['handOver', 9 * MIN]], 30 * MIN, { turn: 1, remainingMs: 0, elapsedMs: 9 * MIN, isFinished: true }],
    ['finishing early keeps the time spent', [10 * MIN, 10 * MIN], [['start', 0], ['finish', 12 * MIN]], 40 * MIN, { turn: 1, remainingMs: 0, elapsedMs: 12 * MIN, isFinished: true }],
    ['finishing while paused leaves the pause out', [10 * MIN, 10 * MIN], [['start', 0], ['pause', 2 * MIN], ['finish', 30 * MIN]], 30 * MIN, { turn: 0, remainingMs: 0, elapsedMs: 2 * MIN, isFinished: true }],
    ['one turn for the device-free hour', [60 * MIN], [['start', 0]], 45 * MIN, { turn: 0, remainingMs: 15 * MIN, elapsedMs: 45 * MIN, isFinished: false }],
  ])('%s', (_name, turns, steps, readAt, expected) => {
    expect(run(turns, steps, readAt).reading).toMatchObject(expected);
  });

  it.each<[string, Step[], string]>([
    ['pause before start', [['pause', 1]], 'ready'],
    ['resume while running', [['start', 0], ['resume', MIN]], 'running'],
    ['start twice', [['start', 0], ['start', MIN]], 'running'],
    ['pause twice', [['start', 0], ['pause', MIN], ['pause', 2 * MIN]], 'paused'],
    ['resume after finishing', [['start', 0], ['finish', MIN], ['resume', 2 * MIN]], 'finished'],
    ['pause after the time ran out', [['start', 0], ['pause', 25 * MIN]], 'finished'],
  ])('ignores what does not fit: %s', (_name, steps, status) => {
    expect(run([10 * MIN, 10 * MIN], steps, 0).timer.status).toBe(status);
  });

  it('settles at the exact end even when read long after', () => {
    const { timer } = run([10 * MIN, 10 * MIN], [['start', 0], ['pause', 5 * MIN], ['resume', 8 * MIN], ['settle', 90 * MIN]], 0);
    expect(timer).toMatchObject({ status: 'finished', bankedMs: 20 * MIN, runningSince: null });
    expect(tick(timer, at(200 * MIN))).toMatchObject({ elapsedMs: 20 * MIN, isFinished: true, isRunning: false });
  });

  it('does not settle before the end', () => {
    const { timer } = run([10 * MIN, 10 * MIN], [['start', 0], ['settle', 19 * MIN]], 0);
    expect(timer.status).toBe('running');
  });

  it('never changes the timer it was given', () => {
    const timer = Object.freeze(createTurnTimer([MIN]));
    expect(() => pause(resume(start(timer, T0), T0), T0 + 1)).not.toThrow();
    expect(timer.status).toBe('ready');
  });

  it.each([[[]], [[0]], [[-5]], [[1.5]]])('refuses turns %j', (turns) => {
    expect(() => createTurnTimer(turns)).toThrow(RangeError);
  });
});
