/**
 * The exercise tracker's public face: the screen, and for Today the next planned exercise and a way to open
 * an exercise's page (call `showExercise(id)`, then navigate to `/exercises`).
 */
import { goTo } from './exercisesStore';

export { ExercisesScreen } from './ExercisesScreen';
export { useNextPlannedExercise, type NextPlanned } from './useNextPlannedExercise';

/** Makes the Exercises screen open on one exercise's page (or the talk timer) the next time it shows. */
export function showExercise(exerciseId: string): void {
  goTo({ name: 'exercise', exerciseId });
}

/** Makes the Exercises screen open on the 20-minute talk timer (for the tray's "start the 20-minute talk"). */
export function showTalkTimer(): void {
  goTo({ name: 'talk' });
}
