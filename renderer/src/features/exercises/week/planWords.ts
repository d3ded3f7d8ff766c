/** How the plan talks about frequency and this week's practice: plain words, never a score. */
import { SUGGESTED_SESSIONS_PER_FOUR_WEEKS, type Exercise } from '@shared/content';
import { TIMES_PER_WEEK } from '@shared/exercises';

export function timesText(times: number): string {
  if (times === 1) return 'once';
  if (times === 2) return 'twice';
  return `${times} times`;
}

/** "Planned twice a week. Once so far this week." */
export function progressText(timesPerWeek: number, doneThisWeek: number): string {
  const done = doneThisWeek === 0 ? 'Not yet this week.' : `${capitalise(timesText(doneThisWeek))} so far this week.`;
  return `Planned ${timesText(timesPerWeek)} a week. ${done}`;
}

/** A starting number of times per week for an exercise, from how often the library suggests it. */
export function suggestedTimesPerWeek(exercise: Exercise): number {
  const perWeek = Math.round(SUGGESTED_SESSIONS_PER_FOUR_WEEKS[exercise.howOften] / 4);
  return Math.min(TIMES_PER_WEEK.max, Math.max(TIMES_PER_WEEK.min, perWeek));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
