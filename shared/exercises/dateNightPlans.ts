/**
 * Date nights the couple has planned, sealed in `plan` records (Us key) beside the weekly plan, told apart
 * by their `type`:
 * - `dateNight`: one idea from DATE_NIGHT_IDEAS planned for a local day (`YYYY-MM-DD`).
 * - `dateNightSettled`: a plan that is over, either done (pointing at the logged session) or let go. A
 *   separate record because only a record's author may change it, and either partner may settle a plan.
 * And the pure rules the date-night planner needs: which ideas to show, which plans are still to come.
 */
import { z } from 'zod';
import type { DateNightIdea, DateNightSetting } from '../content/dateNights';
import type { DayKey } from './practiceDays';

export const DATE_NIGHT_NOTE_MAX = 300;

const dayKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay, 'A real calendar day');

export const dateNightPlanSchema = z
  .object({ type: z.literal('dateNight'), v: z.literal(1), ideaId: z.string().min(1).max(80), day: dayKeySchema })
  .strict();
export type DateNightPlan = z.infer<typeof dateNightPlanSchema>;

export const DATE_NIGHT_OUTCOMES = ['done', 'let-go'] as const;
export type DateNightOutcome = (typeof DATE_NIGHT_OUTCOMES)[number];

export const dateNightSettledSchema = z
  .object({
    type: z.literal('dateNightSettled'),
    v: z.literal(1),
    planId: z.string().uuid(),
    outcome: z.enum(DATE_NIGHT_OUTCOMES),
    /** The session logged for it, when it was done. */
    sessionId: z.string().uuid().optional(),
  })
  .strict();
export type DateNightSettled = z.infer<typeof dateNightSettledSchema>;

export const dateNightPayloadSchema = z.discriminatedUnion('type', [dateNightPlanSchema, dateNightSettledSchema]);
export type DateNightPayload = z.infer<typeof dateNightPayloadSchema>;

/** True for a payload of either date-night type (valid or not), so the weekly plan can pass it by. */
export function isDateNightPayload(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null || !('type' in payload)) return false;
  const { type } = payload as { type: unknown };
  return type === 'dateNight' || type === 'dateNightSettled';
}

/** A planned date night as the planner sees it: the record's id, and the idea (null if this version lacks it). */
export interface PlannedDateNight {
  id: string;
  day: DayKey;
  ideaId: string;
}

/** The plans not yet done or let go, soonest first (a day already past stays, so it can still be logged). */
export function upcomingDateNights(plans: readonly PlannedDateNight[], settled: readonly Pick<DateNightSettled, 'planId'>[]): PlannedDateNight[] {
  const over = new Set(settled.map((entry) => entry.planId));
  return plans.filter((plan) => !over.has(plan.id)).sort((x, y) => x.day.localeCompare(y.day) || x.id.localeCompare(y.id));
}

export type IdeaFilter = DateNightSetting | 'all';

/** The ideas to show for a filter: at home, going out, or all of them. */
export function filterIdeas(ideas: readonly DateNightIdea[], filter: IdeaFilter): DateNightIdea[] {
  return ideas.filter((idea) => filter === 'all' || idea.setting === filter);
}

/** Whether a plan's day is before `today` (both `YYYY-MM-DD`, which sort as dates). */
export function isPastDay(day: DayKey, today: DayKey): boolean {
  return day < today;
}

/** Why a day cannot be planned, or null: it must be a real day, today or later. */
export function planDayProblem(day: string, today: DayKey): string | null {
  if (!dayKeySchema.safeParse(day).success) return 'Choose the day you would like to have it.';
  if (isPastDay(day, today)) return 'That day has already passed. Choose today or a day still to come.';
  return null;
}

function isRealDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const d = new Date(year, month - 1, date);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === date;
}
