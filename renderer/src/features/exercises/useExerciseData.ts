/**
 * The tracker's stored data for the partner who is unlocked, loaded through ExerciseLogRepo and reloaded
 * after each of their own saves (only one partner is unlocked at a time, so nothing else changes it meanwhile).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReadinessMark } from '@shared/exercises';
import type { RecordStore } from '@renderer/data';
import { ExerciseLogRepo, type DateNightRecords, type PlanState, type SessionEntry } from './exerciseLogRepo';

export interface ExerciseData {
  sessions: SessionEntry[];
  plan: PlanState;
  marks: ReadinessMark[];
  dateNights: DateNightRecords;
}

export type ExerciseDataState = { status: 'loading' } | { status: 'failed' } | ({ status: 'ready' } & ExerciseData);

export function useExerciseData(records: RecordStore) {
  const repo = useMemo(() => new ExerciseLogRepo(records), [records]);
  const [state, setState] = useState<ExerciseDataState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([repo.listSessions(), repo.loadPlan(), repo.readinessMarks(), repo.dateNights()]).then(
      ([sessions, plan, marks, dateNights]) => isCurrent && setState({ status: 'ready', sessions, plan, marks, dateNights }),
      () => isCurrent && setState({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [repo, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { repo, state, reload };
}

/** The readable sessions' facts, for the calendar, the balance and the plan. */
export function readableSessions(sessions: readonly SessionEntry[]) {
  return sessions.flatMap((entry) => (entry.status === 'ok' ? [{ ...entry.session, id: entry.id, author: entry.author }] : []));
}
