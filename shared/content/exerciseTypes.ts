/**
 * The shape of an exercise in the library, how often one is meant to happen, and which guided tool (if
 * any) runs it. Types and labels only; the exercises themselves live in exercises/ and exercises.ts.
 */
import type { PillarId } from './pillars';

/** How often an exercise is suggested. The weekly plan starts from this and the couple can change it. */
export const HOW_OFTEN = ['daily', 'few-times-a-week', 'weekly', 'fortnightly', 'monthly', 'when-needed'] as const;
export type HowOften = (typeof HOW_OFTEN)[number];

export const HOW_OFTEN_LABELS: Readonly<Record<HowOften, string>> = {
  daily: 'Every day',
  'few-times-a-week': 'A few times a week',
  weekly: 'Once a week',
  fortnightly: 'Every two weeks',
  monthly: 'Once a month',
  'when-needed': 'When you need it',
};

/**
 * A starting point for the weekly plan: how many sessions each frequency means over four weeks, so every
 * value is a whole number ("every two weeks" is 2, "once a month" is 1). "When needed" plans nothing by itself.
 */
export const SUGGESTED_SESSIONS_PER_FOUR_WEEKS: Readonly<Record<HowOften, number>> = {
  daily: 28,
  'few-times-a-week': 12,
  weekly: 4,
  fortnightly: 2,
  monthly: 1,
  'when-needed': 0,
};

/** The guided tools an exercise can open. */
export const TOOL_IDS = [
  'talk-timer',
  'sensate-focus',
  'device-free-timer',
  'date-night',
  'gestures',
  'checkin',
  'appreciation',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface Exercise {
  /** Kebab-case and stable: logs and plans refer to it. Never rename one that has shipped. */
  id: string;
  pillar: PillarId;
  title: string;
  /** One or two sentences: what you do. */
  summary: string;
  whyItHelps: string;
  steps: readonly string[];
  /** A typical session, in minutes. */
  minutes: number;
  howOften: HowOften;
  /** Optional detail when the plain label is not enough ("daily for a quick one, weekly for a longer one"). */
  howOftenNote?: string;
  /** Gentle warnings: what to avoid, when to slow down, when to ask for help. */
  cautions: readonly string[];
  tool?: ToolId;
}

export function howOftenLabel(howOften: HowOften): string {
  return HOW_OFTEN_LABELS[howOften];
}
