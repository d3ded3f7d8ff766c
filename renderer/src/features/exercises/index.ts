/**
 * The exercise tracker's public face, for Today: the next planned exercise. To open one exercise's page or
 * the talk timer, navigate to its path (`exercisePaths` in shared/routes.ts). The screen is not exported
 * here: the app's route table loads ExercisesScreen.tsx on first visit, and exporting it here would pull
 * it into Today's start-up script.
 */
export { useNextPlannedExercise, type NextPlanned } from './useNextPlannedExercise';
export { ExerciseLogRepo, type SessionEntry } from './exerciseLogRepo';
