/**
 * What the Exercises screen keeps in memory outside React: a talk or device-free hour under way, whether
 * the soft sound is on, and a one-off notice. It outlives the screen on purpose, so a timer keeps its time
 * when the couple looks at another place (or the vault locks during the device-free hour) and comes back.
 * Which view shows is not kept here: that is the route (exercisesNavigation.ts).
 * Holds no words anyone wrote, only timestamps, ids and choices; nothing here is stored on disk.
 */
import { useSyncExternalStore } from 'react';
import type { TurnTimer } from '@shared/exercises';
import type { PartnerSlot } from '@shared/partners';

export interface ActiveTalk {
  timer: TurnTimer;
  firstSpeaker: PartnerSlot;
}

export interface ExercisesState {
  talk: ActiveTalk | null;
  deviceFree: TurnTimer | null;
  isSoundOn: boolean;
  /** A short confirmation shown once, on the view at `path` (such as "Saved to your log"). */
  notice: { path: string; text: string } | null;
}

const INITIAL: ExercisesState = { talk: null, deviceFree: null, isSoundOn: false, notice: null };

let state: ExercisesState = INITIAL;
const listeners = new Set<() => void>();

export function getExercisesState(): ExercisesState {
  return state;
}

export function updateExercises(change: (current: ExercisesState) => ExercisesState): void {
  state = change(state);
  listeners.forEach((listener) => listener());
}

export function showNoticeAt(path: string, text: string): void {
  updateExercises((current) => ({ ...current, notice: { path, text } }));
}

export function clearNotice(): void {
  if (state.notice) updateExercises((current) => ({ ...current, notice: null }));
}

/** Forgets the notice once the person is somewhere other than where it was left for. */
export function clearNoticeUnlessAt(path: string): void {
  if (state.notice && state.notice.path !== path) clearNotice();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useExercisesState(): ExercisesState {
  return useSyncExternalStore(subscribe, getExercisesState, getExercisesState);
}

/** Whether a timer is under way on this view, so it stays on screen through a lock. */
export function hasTimerUnderWay(viewName: string): boolean {
  return (viewName === 'talk' && state.talk !== null) || (viewName === 'device-free' && state.deviceFree !== null);
}

/** Only for tests: back to a fresh start. */
export function resetExercisesState(): void {
  state = INITIAL;
  listeners.forEach((listener) => listener());
}
