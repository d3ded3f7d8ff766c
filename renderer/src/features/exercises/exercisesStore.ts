/**
 * Where the Exercises screen is, kept in memory outside React: the view, a talk or device-free hour under
 * way, and whether the soft sound is on. It outlives the screen on purpose, so a timer keeps its time when
 * the couple looks at another place (or the vault locks during the device-free hour) and comes back.
 * Holds no words anyone wrote, only timestamps, ids and choices; nothing here is stored on disk.
 */
import { useSyncExternalStore } from 'react';
import type { TurnTimer } from '@shared/exercises';
import type { PartnerSlot } from '@renderer/features/vault';

export type HomeTab = 'library' | 'week' | 'log';

/** What the screen shows. Each view knows where "Back" leads. */
export type ExercisesView =
  | { name: 'home'; tab: HomeTab }
  | { name: 'exercise'; exerciseId: string }
  | { name: 'talk' }
  | { name: 'device-free' }
  | { name: 'sensate-focus'; stage?: number }
  | { name: 'log'; exerciseId: string; stage?: number; returnTo: ExercisesView; dateNightPlanId?: string };

export interface ActiveTalk {
  timer: TurnTimer;
  firstSpeaker: PartnerSlot;
}

export interface ExercisesState {
  view: ExercisesView;
  talk: ActiveTalk | null;
  deviceFree: TurnTimer | null;
  isSoundOn: boolean;
  /** A short confirmation shown once on the next view (such as "Saved to your log"). */
  notice: string | null;
}

const INITIAL: ExercisesState = { view: { name: 'home', tab: 'library' }, talk: null, deviceFree: null, isSoundOn: false, notice: null };

let state: ExercisesState = INITIAL;
const listeners = new Set<() => void>();

export function getExercisesState(): ExercisesState {
  return state;
}

export function updateExercises(change: (current: ExercisesState) => ExercisesState): void {
  state = change(state);
  listeners.forEach((listener) => listener());
}

/** Goes to a view; a notice passed along is shown there once. */
export function goTo(view: ExercisesView, notice: string | null = null): void {
  updateExercises((current) => ({ ...current, view, notice }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useExercisesState(): ExercisesState {
  return useSyncExternalStore(subscribe, getExercisesState, getExercisesState);
}

/**
 * When the vault locks: forget the notice and go back to the library, unless a timer is under way (the
 * device-free hour may well outlast the idle lock); its view stays, so whoever unlocks finds it running.
 */
export function settleOnLock(): void {
  updateExercises((current) => {
    const isTimerView = (current.view.name === 'talk' && current.talk) || (current.view.name === 'device-free' && current.deviceFree);
    return { ...current, notice: null, view: isTimerView ? current.view : { name: 'home', tab: 'library' } };
  });
}

/** Only for tests: back to a fresh start. */
export function resetExercisesState(): void {
  state = INITIAL;
  listeners.forEach((listener) => listener());
}
