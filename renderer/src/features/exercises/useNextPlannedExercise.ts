/**
 * For Today: the next exercise from the weekly plan (shared/exercises' nextPlannedExercise over the stored
 * plan and sessions), loaded once when the calling screen opens. Null when there is no plan, or this
 * week's plan is done.
 */
import { useEffect, useState } from 'react';
import { exerciseById, type Exercise } from '@shared/content';
import { nextPlannedExercise, type PlannedProgress } from '@shared/exercises';
import { useVault } from '@renderer/features/vault';
import { ExerciseLogRepo } from './exerciseLogRepo';
import { readableSessions } from './useExerciseData';

export type NextPlanned = { status: 'loading' } | { status: 'ready'; next: (PlannedProgress & { exercise: Exercise }) | null } | { status: 'failed' };

export function useNextPlannedExercise(): NextPlanned {
  const { service } = useVault();
  const [state, setState] = useState<NextPlanned>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const repo = new ExerciseLogRepo(service.records);
    Promise.all([repo.loadPlan(), repo.listSessions()]).then(
      ([plan, sessions]) => {
        const next = nextPlannedExercise(plan.plan, readableSessions(sessions), Date.now());
        const exercise = next ? exerciseById(next.exerciseId) : undefined;
        if (isCurrent) setState({ status: 'ready', next: next && exercise ? { ...next, exercise } : null });
      },
      () => isCurrent && setState({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [service]);
  return state;
}
