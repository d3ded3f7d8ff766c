import { describe, expect, it } from 'vitest';
import { highestOpenStage, stageGate } from '../content/sensateFocus';
import type { Participants } from './exerciseRecords';
import { sensateFocusProgress, type ReadinessMark } from './sensateFocusProgress';

const session = (stage: number, participants: Participants = 'both', exerciseId = 'sensate-focus') => ({ exerciseId, participants, stage });
const mark = (author: 'a' | 'b', stage: number, isReady = true): ReadinessMark => ({ author, stage, isReady });

describe('sensate focus progress', () => {
  it.each<[string, ReturnType<typeof session>[], ReadinessMark[], number]>([
    ['nothing yet: stage 1 only', [], [], 1],
    ['two sessions but nobody ready', [session(1), session(1)], [], 1],
    ['two sessions, one partner ready', [session(1), session(1)], [mark('a', 1)], 1],
    ['one session, both ready', [session(1)], [mark('a', 1), mark('b', 1)], 1],
    ['two sessions, both ready: stage 2 opens', [session(1), session(1)], [mark('a', 1), mark('b', 1)], 2],
    ['a partner who took back their mark', [session(1), session(1)], [mark('a', 1), mark('b', 1, false)], 1],
    ['sessions alone do not count', [session(1, 'a'), session(1, 'b')], [mark('a', 1), mark('b', 1)], 1],
    ['other exercises do not count', [session(1, 'both', 'long-hug'), session(1, 'both', 'long-hug')], [mark('a', 1), mark('b', 1)], 1],
    [
      'stage 3 after stage 2 is done too',
      [session(1), session(1), session(2), session(2), session(2)],
      [mark('a', 1), mark('b', 1), mark('a', 2), mark('b', 2)],
      3,
    ],
    ['readiness at stage 2 alone opens nothing', [session(2), session(2)], [mark('a', 2), mark('b', 2)], 1],
  ])('%s', (_name, sessions, marks, highest) => {
    expect(highestOpenStage(sensateFocusProgress(sessions, marks))).toBe(highest);
  });

  it('says who is ready at each stage, and counts for the gate', () => {
    const progress = sensateFocusProgress([session(1), session(1), session(1)], [mark('b', 1)]);
    expect(progress[0]).toEqual({ stage: 1, sessions: 3, partnersReady: 1, ready: { a: false, b: true } });
    expect(stageGate(2, progress)).toEqual({ isOpen: false, blockedAt: 1, sessionsStillNeeded: 0, isWaitingForReadiness: true });
    expect(progress).toHaveLength(5);
  });
});
