/**
 * The log form's values and how they become a session: when it began (a local date and time), how long it
 * took, who took part, how it felt, and the reflection with who may read it. Plain functions, so the rules
 * are easy to read and test.
 */
import { z } from 'zod';
import { FEELINGS, PARTICIPANTS, SESSION_SECONDS_MAX, type Feeling, type Participants } from '@shared/exercises';
import type { NewSession } from '../exerciseLogRepo';

export interface LogFormValues {
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** `HH:MM`, local. */
  time: string;
  minutes: number;
  participants: Participants;
  feeling: Feeling | null;
  reflection: string;
  isReflectionPrivate: boolean;
}

/** How a kept log form is read back (the draft of a session not yet saved). */
export const logFormDraftSchema = z.object({
  date: z.string().max(10),
  time: z.string().max(5),
  minutes: z.number(),
  participants: z.enum(PARTICIPANTS),
  feeling: z.literal(FEELINGS).nullable(),
  reflection: z.string(),
  isReflectionPrivate: z.boolean(),
}) satisfies z.ZodType<LogFormValues>;

const pad = (n: number) => String(n).padStart(2, '0');

export function dateInputValue(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function timeInputValue(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The moment a date and time input name, or null when they do not name one. */
export function startedAtOf(date: string, time: string): number | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return null;
  const at = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
  return Number.isNaN(at.getTime()) ? null : at.getTime();
}

/** What is missing or out of range, in a kind sentence; null when the values can be saved. */
export function logProblem(values: LogFormValues, now: number, isMeasured: boolean): string | null {
  if (isMeasured) return null;
  const startedAt = startedAtOf(values.date, values.time);
  if (startedAt === null) return 'Choose the day and time the session began.';
  if (startedAt > now + 60_000) return 'That time is still to come. Choose when the session began.';
  if (!Number.isFinite(values.minutes) || values.minutes < 1 || values.minutes * 60 > SESSION_SECONDS_MAX) {
    return 'Say how many minutes it took, from 1 to 1440.';
  }
  return null;
}

/** The session to log; a timer's measurement, when there is one, wins over the typed date and minutes. */
export function toNewSession(
  exerciseId: string,
  values: LogFormValues,
  measured: { startedAt: number; durationSeconds: number } | undefined,
  stage: number | undefined,
): NewSession {
  return {
    exerciseId,
    participants: values.participants,
    startedAt: measured?.startedAt ?? startedAtOf(values.date, values.time) ?? Date.now(),
    durationSeconds: measured?.durationSeconds ?? Math.round(values.minutes * 60),
    feeling: values.feeling,
    reflection: values.reflection,
    isReflectionPrivate: values.isReflectionPrivate,
    ...(stage === undefined ? {} : { stage }),
  };
}
