/**
 * What the exercise tracker seals into its records' payloads: the one definition the repository, the
 * screens and (later) import and export share. Everything here lives inside the encrypted body; the record's
 * plaintext fields are only those storedRecord.ts allows.
 *
 * - kind `session`, type `session` (Us key): one practice session: which exercise, who took part, when,
 *   for how long, how it felt, a shared reflection and, for sensate focus, the stage.
 * - kind `session`, type `privateReflection` (the author's private key): a reflection its author kept to
 *   themselves, pointing at its session by id, so the partner's keys never open it.
 * - kind `readiness` (Us key): one partner's "ready for the next stage" mark for one sensate focus stage.
 * - kind `plan` (Us key): the couple's weekly plan; the newest readable one is the plan.
 */
import { z } from 'zod';
import { SENSATE_FOCUS_STAGES } from '../content/sensateFocus';

export const PARTICIPANTS = ['both', 'a', 'b'] as const;
/** Who took part: both partners, or one of them alone. */
export type Participants = (typeof PARTICIPANTS)[number];

/** How a session felt, 1 (hard) to 5 (lovely). */
export const FEELINGS = [1, 2, 3, 4, 5] as const;
export type Feeling = (typeof FEELINGS)[number];

export const FEELING_WORDS: Readonly<Record<Feeling, string>> = {
  1: 'Hard',
  2: 'A bit hard',
  3: 'Okay',
  4: 'Good',
  5: 'Lovely',
};

export const REFLECTION_MAX = 4_000;
/** The longest session the log accepts: a long day out together. */
export const SESSION_SECONDS_MAX = 24 * 3600;
/** Times per week the plan allows for one exercise (twice a day at most). */
export const TIMES_PER_WEEK = { min: 1, max: 14 } as const;
export const PLAN_ITEMS_MAX = 40;

const exerciseId = z.string().min(1).max(80);
const stage = z.number().int().min(1).max(SENSATE_FOCUS_STAGES.length);

export const sessionSchema = z
  .object({
    type: z.literal('session'),
    v: z.literal(1),
    exerciseId,
    participants: z.enum(PARTICIPANTS),
    /** Milliseconds since the epoch. */
    startedAt: z.number().int().nonnegative(),
    /** Time really spent, in seconds (pauses left out). */
    durationSeconds: z.number().int().min(0).max(SESSION_SECONDS_MAX),
    feeling: z.literal(FEELINGS).nullable(),
    /** The reflection both partners may read; empty when there is none or it was kept private. */
    reflection: z.string().max(REFLECTION_MAX),
    /** The sensate focus stage the session was at; only for that programme. */
    stage: stage.optional(),
  })
  .strict();
export type Session = z.infer<typeof sessionSchema>;

export const privateReflectionSchema = z
  .object({ type: z.literal('privateReflection'), v: z.literal(1), sessionId: z.string().uuid(), text: z.string().min(1).max(REFLECTION_MAX) })
  .strict();
export type PrivateReflection = z.infer<typeof privateReflectionSchema>;

/** Both payloads of the `session` record kind. */
export const sessionPayloadSchema = z.discriminatedUnion('type', [sessionSchema, privateReflectionSchema]);
export type SessionPayload = z.infer<typeof sessionPayloadSchema>;

export const readinessSchema = z
  .object({ v: z.literal(1), programme: z.literal('sensate-focus'), stage, isReady: z.boolean() })
  .strict();
export type Readiness = z.infer<typeof readinessSchema>;

export const planItemSchema = z
  .object({ exerciseId, timesPerWeek: z.number().int().min(TIMES_PER_WEEK.min).max(TIMES_PER_WEEK.max) })
  .strict();
export type PlanItem = z.infer<typeof planItemSchema>;

export const weeklyPlanSchema = z
  .object({
    v: z.literal(1),
    items: z
      .array(planItemSchema)
      .max(PLAN_ITEMS_MAX)
      .refine((items) => new Set(items.map((item) => item.exerciseId)).size === items.length, 'Each exercise once'),
  })
  .strict();
export type WeeklyPlan = z.infer<typeof weeklyPlanSchema>;

export const EMPTY_PLAN: WeeklyPlan = { v: 1, items: [] };

/** The least a practice rule needs to know about a session. */
export interface SessionFact {
  exerciseId: string;
  startedAt: number;
}
