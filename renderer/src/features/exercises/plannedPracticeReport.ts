/**
 * What main may know of the weekly plan, for the planned-practice reminder: until when something in it is
 * still to do (the end of this week), or nothing. A moment only: never which exercise, how many, or who
 * planned it, because main's settings file is not encrypted.
 */
import { addDays, nextPlannedExercise, startOfWeek, type PlanItem, type SessionFact } from '@shared/exercises';
import { mainApi } from '@renderer/platform/bridge';

/** The end of this week (next Monday, local midnight) while a planned practice is still to do; else null. */
export function plannedPracticeUntil(plan: { items: readonly PlanItem[] } | null, sessions: readonly SessionFact[], now: number): number | null {
  return nextPlannedExercise(plan, sessions, now) ? addDays(startOfWeek(now), 7).getTime() : null;
}

/** Tells main; a failure only means the reminder keeps its last moment, so it is not shown to anyone. */
export function reportPlannedPractice(until: number | null): void {
  mainApi.reminders.setPlannedPractice({ until }).catch((error: unknown) => console.warn('Could not update the practice reminder', error));
}
