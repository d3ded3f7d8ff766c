/**
 * "What's next" from the weekly plan, for Today and the plan view. Gentle by design: it suggests the
 * exercise furthest behind an even pace through the week, never says anything was missed, and says nothing
 * once the week's plan is done. The week starts on Monday, in local time.
 */
import type { PlanItem, SessionFact } from './exerciseRecords';
import { dayKey, startOfWeek, weekdayIndex } from './practiceDays';

export interface PlannedProgress {
  exerciseId: string;
  timesPerWeek: number;
  /** Sessions of this exercise since Monday. */
  doneThisWeek: number;
  isDoneToday: boolean;
}

/** Each plan item with this week's sessions counted, in plan order. */
export function planProgress(items: readonly PlanItem[], sessions: readonly SessionFact[], now: number): PlannedProgress[] {
  const weekStart = startOfWeek(now).getTime();
  const today = dayKey(now);
  return items.map((item) => {
    const thisWeek = sessions.filter((s) => s.exerciseId === item.exerciseId && s.startedAt >= weekStart && s.startedAt <= now);
    return {
      exerciseId: item.exerciseId,
      timesPerWeek: item.timesPerWeek,
      doneThisWeek: thisWeek.length,
      isDoneToday: thisWeek.some((s) => dayKey(s.startedAt) === today),
    };
  });
}

/**
 * The plan item to suggest next, or null when the plan is empty or this week's plan is done.
 *
 * Rule: among items done fewer times this week than planned, prefer those not done today; among those, the
 * one furthest behind an even pace (planned × days so far ÷ 7, minus done); ties go to plan order.
 */
export function nextPlannedExercise(plan: { items: readonly PlanItem[] } | null, sessions: readonly SessionFact[], now: number): PlannedProgress | null {
  if (!plan) return null;
  const daysSoFar = weekdayIndex(now) + 1;
  let best: { item: PlannedProgress; rank: [number, number] } | null = null;
  for (const item of planProgress(plan.items, sessions, now)) {
    if (item.doneThisWeek >= item.timesPerWeek) continue;
    const rank: [number, number] = [item.isDoneToday ? 0 : 1, (item.timesPerWeek * daysSoFar) / 7 - item.doneThisWeek];
    if (!best || rank[0] > best.rank[0] || (rank[0] === best.rank[0] && rank[1] > best.rank[1] + 1e-9)) best = { item, rank };
  }
  return best?.item ?? null;
}
