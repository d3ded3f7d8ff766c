/**
 * For Today: the next exercise from the weekly plan (shared/exercises' nextPlannedExercise over the stored
 * plan and sessions), loaded once when the calling screen opens. Null when there is no plan, or this
 * week's plan is done.
 */
import { useCallback } from 'react';
import { useLoad } from '@renderer/lib/useLoad';
import { exerciseById, type Exercise } from '@shared/content';
import { nextPlannedExercise, type PlannedProgress } from '@shared/exercises';
import { useVault } from '@renderer/features/vault';
import { ExerciseLogRepo } from './exerciseLogRepo';
import { plannedPracticeUntil, reportPlannedPractice } from './plannedPracticeReport';
import { readableSessions } from './useExerciseData';

export type NextPlanned = { status: 'loading' } | { status: 'ready'; next: (PlannedProgress & { exercise: Exercise }) | null } | { status: 'failed' };

export function useNextPlannedExercise(): NextPlanned {
  const { records } = useVault();
  const load = useCallback(async () => {
    const repo = new ExerciseLogRepo(records);
    const [plan, sessions] = await Promise.all([repo.loadPlan(), repo.listSessions()]);
    const now = Date.now();
    const next = nextPlannedExercise(plan.plan, readableSessions(sessions), now);
    reportPlannedPractice(plannedPracticeUntil(plan.plan, readableSessions(sessions), now));
    const exercise = next ? exerciseById(next.exerciseId) : undefined;
    return next && exercise ? { ...next, exercise } : null;
  }, [records]);
  const { state } = useLoad(load);
  return state.status === 'ready' ? { status: 'ready', next: state.value } : state;
}
