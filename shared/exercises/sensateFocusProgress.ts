/**
 * Where the couple stands in the sensate focus programme, from what the log and the readiness marks hold:
 * sessions per stage and who has said they are ready to move on. The gate itself is shared/content's
 * `stageGate`; this module only counts for it.
 */
import { SENSATE_FOCUS_STAGES, type StageRecord } from '../content/sensateFocus';
import type { PartnerSlot } from '../partners';
import type { Participants } from './exerciseRecords';

export const SENSATE_FOCUS_EXERCISE_ID = 'sensate-focus';


/** One partner's latest mark for one stage. */
export interface ReadinessMark {
  author: PartnerSlot;
  stage: number;
  isReady: boolean;
}

export interface StageSessionFact {
  exerciseId: string;
  participants: Participants;
  stage?: number;
}

export interface StageProgress extends StageRecord {
  stage: number;
  /** Who has marked themselves ready to move on from this stage. */
  ready: Record<PartnerSlot, boolean>;
}

/**
 * Each stage's sessions (sensate focus sessions both partners took part in, at that stage) and readiness
 * (partners whose latest mark says ready), index 0 for stage 1: the records `stageGate` reads.
 */
export function sensateFocusProgress(sessions: readonly StageSessionFact[], marks: readonly ReadinessMark[]): StageProgress[] {
  return SENSATE_FOCUS_STAGES.map(({ number }) => {
    const count = sessions.filter(
      (s) => s.exerciseId === SENSATE_FOCUS_EXERCISE_ID && s.stage === number && s.participants === 'both',
    ).length;
    const ready = {
      a: marks.some((m) => m.stage === number && m.author === 'a' && m.isReady),
      b: marks.some((m) => m.stage === number && m.author === 'b' && m.isReady),
    };
    return { stage: number, sessions: count, partnersReady: Number(ready.a) + Number(ready.b), ready };
  });
}
