/**
 * Where the Exercises screen is: its view is the app's route (shared/routes.ts' table), read from and
 * written to the location, so every view has an address, main can ask for one and the browser's back and
 * forward move between them. This module only translates between views and paths; timers and the one-off
 * notice live in exercisesStore.ts.
 */
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { exercisePaths, matchAppPath, type AppPath } from '@shared/routes';
import { SENSATE_FOCUS_EXERCISE_ID } from '@shared/exercises';
import { showNoticeAt } from './exercisesStore';

export type HomeTab = 'library' | 'week' | 'log';

/** What the screen shows. */
export type ExercisesView =
  | { name: 'home'; tab: HomeTab }
  | { name: 'exercise'; exerciseId: string }
  | { name: 'talk' }
  | { name: 'device-free' }
  | { name: 'sensate-focus'; stage?: number }
  | { name: 'log'; exerciseId: string; stage?: number; dateNightPlanId?: string };

export type LogView = Extract<ExercisesView, { name: 'log' }>;

export const LIBRARY: ExercisesView = { name: 'home', tab: 'library' };

/** The view a path names, or null when it is not one of the Exercises screen's. */
export function viewOfPath(path: string): ExercisesView | null {
  const match = matchAppPath(path);
  if (match?.place !== 'exercises') return null;
  const { exerciseId = '', stage, planId } = match.params;
  switch (match.name) {
    case 'exercises':
    case 'exercises/library':
      return LIBRARY;
    case 'exercises/week':
      return { name: 'home', tab: 'week' };
    case 'exercises/log':
      return { name: 'home', tab: 'log' };
    case 'exercises/talk':
      return { name: 'talk' };
    case 'exercises/device-free':
      return { name: 'device-free' };
    case 'exercises/sensate-focus':
      return stage ? { name: 'sensate-focus', stage: Number(stage) } : { name: 'sensate-focus' };
    case 'exercises/sensate-focus-log':
      return { name: 'log', exerciseId: SENSATE_FOCUS_EXERCISE_ID, stage: Number(stage) };
    case 'exercises/exercise':
      return { name: 'exercise', exerciseId };
    case 'exercises/exercise-log':
      return { name: 'log', exerciseId };
    case 'exercises/date-night-log':
      return planId ? { name: 'log', exerciseId, dateNightPlanId: planId } : { name: 'log', exerciseId };
    default:
      return null;
  }
}

export function pathOfView(view: ExercisesView): AppPath {
  switch (view.name) {
    case 'home':
      return exercisePaths[view.tab];
    case 'exercise':
      return exercisePaths.exercise(view.exerciseId);
    case 'talk':
      return exercisePaths.talk;
    case 'device-free':
      return exercisePaths.deviceFree;
    case 'sensate-focus':
      return exercisePaths.sensateFocus(view.stage);
    case 'log':
      if (view.stage && view.exerciseId === SENSATE_FOCUS_EXERCISE_ID) return exercisePaths.sensateFocusLog(view.stage);
      if (view.dateNightPlanId) return exercisePaths.dateNightLog(view.exerciseId, view.dateNightPlanId);
      return exercisePaths.exerciseLog(view.exerciseId);
  }
}

/** Where "Back" (and a save) leads from the log form: the stage it was opened from, or the exercise's page. */
export function returnOf(view: LogView): ExercisesView {
  if (view.stage && view.exerciseId === SENSATE_FOCUS_EXERCISE_ID) return { name: 'sensate-focus', stage: view.stage };
  return { name: 'exercise', exerciseId: view.exerciseId };
}

export interface GoToOptions {
  /** A short confirmation shown once on the view gone to (such as "Saved to your log"). */
  notice?: string;
  /** Replace the current history entry: for leaving a form that is done, so Back does not reopen it. */
  replace?: boolean;
}

/** The view at the current address, and a way to go to another. */
export function useExercisesNavigation() {
  const [location, navigate] = useLocation();
  const goTo = useCallback(
    (view: ExercisesView, options: GoToOptions = {}) => {
      const path = pathOfView(view);
      navigate(path, { replace: options.replace ?? false });
      if (options.notice) showNoticeAt(path, options.notice);
    },
    [navigate],
  );
  return { view: viewOfPath(location) ?? LIBRARY, location, goTo };
}
