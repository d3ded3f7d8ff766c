/**
 * Progress as balance: how the couple's practice over the last few weeks spreads across the five pillars,
 * beside what their plan meant for the same weeks. Never a score, never a streak: the numbers describe a
 * shape, and nothing here compares the partners or counts what was missed.
 */
import { exerciseById } from '../content/exercises';
import { PILLAR_IDS, type PillarId } from '../content/pillars';
import type { PlanItem, SessionFact } from './exerciseRecords';
import { addDays, startOfDay } from './practiceDays';

export const BALANCE_WEEKS = 4;

export interface PillarShare {
  pillar: PillarId;
  /** Sessions in the window at exercises of this pillar. */
  sessions: number;
  /** Sessions the plan suggests over the same number of weeks. */
  planned: number;
  /** This pillar's part of all sessions in the window, 0 to 1 (0 when there were none). */
  share: number;
}

export interface PillarBalance {
  /** In PILLAR_IDS order. */
  pillars: PillarShare[];
  totalSessions: number;
  totalPlanned: number;
  /** Local midnight starting the window: today and the days before it, `weeks` weeks in all. */
  windowStart: number;
}

export interface BalanceInput {
  sessions: readonly SessionFact[];
  planItems: readonly PlanItem[];
  now: number;
  weeks?: number;
  /** Which pillar an exercise belongs to; defaults to the library. Unknown exercises are left out. */
  pillarOf?: (exerciseId: string) => PillarId | undefined;
}

const libraryPillar = (exerciseId: string): PillarId | undefined => exerciseById(exerciseId)?.pillar;

export function pillarBalance({ sessions, planItems, now, weeks = BALANCE_WEEKS, pillarOf = libraryPillar }: BalanceInput): PillarBalance {
  const windowStart = addDays(startOfDay(now), 1 - weeks * 7).getTime();
  const sessionCounts = new Map<PillarId, number>();
  const plannedCounts = new Map<PillarId, number>();
  for (const session of sessions) {
    const pillar = pillarOf(session.exerciseId);
    if (pillar && session.startedAt >= windowStart && session.startedAt <= now) {
      sessionCounts.set(pillar, (sessionCounts.get(pillar) ?? 0) + 1);
    }
  }
  for (const item of planItems) {
    const pillar = pillarOf(item.exerciseId);
    if (pillar) plannedCounts.set(pillar, (plannedCounts.get(pillar) ?? 0) + item.timesPerWeek * weeks);
  }
  const totalSessions = [...sessionCounts.values()].reduce((sum, n) => sum + n, 0);
  const pillars = PILLAR_IDS.map((pillar) => {
    const count = sessionCounts.get(pillar) ?? 0;
    return { pillar, sessions: count, planned: plannedCounts.get(pillar) ?? 0, share: totalSessions === 0 ? 0 : count / totalSessions };
  });
  const totalPlanned = pillars.reduce((sum, p) => sum + p.planned, 0);
  return { pillars, totalSessions, totalPlanned, windowStart };
}

/**
 * A pillar that could use a little attention: among the pillars the plan includes, the one furthest below
 * its planned part; when nothing is planned, the first pillar (in order, leaving out professional help,
 * which is there when needed) with no sessions at all. Null while everything is in step, or nothing was done.
 */
export function quietestPillar(balance: PillarBalance): PillarId | null {
  if (balance.totalSessions === 0) return null;
  const planned = balance.pillars.filter((p) => p.planned > 0);
  if (planned.length > 0) {
    let quietest: PillarShare | null = null;
    let lowest = 1;
    for (const p of planned) {
      const ratio = p.sessions / p.planned;
      if (ratio < lowest) {
        lowest = ratio;
        quietest = p;
      }
    }
    return quietest?.pillar ?? null;
  }
  return balance.pillars.find((p) => p.sessions === 0 && p.pillar !== 'professional-help')?.pillar ?? null;
}
