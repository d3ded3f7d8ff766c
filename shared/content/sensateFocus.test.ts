import { describe, expect, it } from 'vitest';
import {
  highestOpenStage,
  SENSATE_FOCUS_ABOUT,
  SENSATE_FOCUS_GROUND_RULES,
  SENSATE_FOCUS_STAGES,
  SESSIONS_BEFORE_NEXT_STAGE,
  SKIP_AHEAD_EXPLANATION,
  skipAheadReasons,
  stageGate,
  type StageRecord,
} from './sensateFocus';

const done: StageRecord = { sessions: 2, partnersReady: 2 };

describe('sensate focus content', () => {
  it('has at least four stages, numbered from 1 without gaps', () => {
    expect(SENSATE_FOCUS_STAGES.length).toBeGreaterThanOrEqual(4);
    expect(SENSATE_FOCUS_STAGES.map((s) => s.number)).toEqual(SENSATE_FOCUS_STAGES.map((_s, i) => i + 1));
  });

  it.each(SENSATE_FOCUS_STAGES.map((s) => [s.number, s] as const))('stage %i is complete', (_n, stage) => {
    expect(stage.title.trim()).not.toBe('');
    expect(stage.summary.trim()).not.toBe('');
    expect(stage.whatToDo.length).toBeGreaterThanOrEqual(2);
    expect(stage.whatToNotice.length).toBeGreaterThanOrEqual(1);
    expect(stage.readyToMoveOnWhen.length).toBeGreaterThanOrEqual(1);
    expect(stage.minutes).toBeGreaterThan(0);
  });

  it('begins clothed and without any goal, and explains itself', () => {
    expect(SENSATE_FOCUS_STAGES[0]?.summary).toMatch(/clothes on/i);
    expect(SENSATE_FOCUS_ABOUT).toMatch(/therapists/);
    expect(SENSATE_FOCUS_GROUND_RULES.join(' ')).toMatch(/stop/);
    expect(SKIP_AHEAD_EXPLANATION.body).toMatch(/more slowly/);
  });
});

describe('stageGate', () => {
  it('needs two sessions before the next stage', () => {
    expect(SESSIONS_BEFORE_NEXT_STAGE).toBe(2);
  });

  it.each<[string, number, StageRecord[], ReturnType<typeof stageGate>]>([
    ['stage 1 is always open', 1, [], { isOpen: true }],
    ['nothing done yet', 2, [], { isOpen: false, blockedAt: 1, sessionsStillNeeded: 2, isWaitingForReadiness: true }],
    [
      'one session, both ready',
      2,
      [{ sessions: 1, partnersReady: 2 }],
      { isOpen: false, blockedAt: 1, sessionsStillNeeded: 1, isWaitingForReadiness: false },
    ],
    [
      'two sessions, only one partner ready',
      2,
      [{ sessions: 2, partnersReady: 1 }],
      { isOpen: false, blockedAt: 1, sessionsStillNeeded: 0, isWaitingForReadiness: true },
    ],
    ['two sessions, both ready', 2, [done], { isOpen: true }],
    ['many sessions, both ready', 2, [{ sessions: 9, partnersReady: 2 }], { isOpen: true }],
    [
      'skipping ahead past an unfinished stage',
      4,
      [done, { sessions: 0, partnersReady: 0 }, done],
      { isOpen: false, blockedAt: 2, sessionsStillNeeded: 2, isWaitingForReadiness: true },
    ],
    ['every earlier stage done', 4, [done, done, done], { isOpen: true }],
  ])('%s', (_name, target, records, expected) => {
    expect(stageGate(target, records)).toEqual(expected);
  });

  it('refuses stages that do not exist', () => {
    expect(() => stageGate(0, [])).toThrow(RangeError);
    expect(() => stageGate(SENSATE_FOCUS_STAGES.length + 1, [])).toThrow(RangeError);
    expect(() => stageGate(1.5, [])).toThrow(RangeError);
  });

  it.each<[StageRecord[], number]>([
    [[], 1],
    [[done], 2],
    [[done, { sessions: 2, partnersReady: 1 }], 2],
    [[done, done, done, done], 5],
    [[done, done, done, done, done, done], SENSATE_FOCUS_STAGES.length],
  ])('highest open stage for %j is %i', (records, expected) => {
    expect(highestOpenStage(records)).toBe(expected);
  });

  it('explains a closed gate without naming who is not ready', () => {
    expect(skipAheadReasons({ isOpen: true })).toEqual([]);
    const reasons = skipAheadReasons(stageGate(2, [{ sessions: 1, partnersReady: 1 }]));
    expect(reasons).toEqual([
      'Stage 1 needs one more session first.',
      'You both need to mark yourselves ready at stage 1. There is no rush.',
    ]);
    expect(skipAheadReasons(stageGate(2, []))[0]).toBe('Stage 1 needs 2 more sessions first.');
  });
});
