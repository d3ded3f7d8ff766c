/**
 * Exercises: the library by pillar, the weekly plan with the practice calendar and the balance, the log, and
 * the guided tools (the 20-minute talk, the device-free hour, sensate focus). The screen reads the session
 * from the vault and the stored data through ExerciseLogRepo (useExerciseData); where it is within the
 * screen is the route (exercisesNavigation.ts); a running timer lives in exercisesStore.ts, so it survives
 * a visit elsewhere.
 */
import { useEffect, useRef } from 'react';
import { useVault } from '@renderer/features/vault';
import { Button } from '@renderer/ui/Button';
import { SproutIcon } from '@renderer/ui/icons';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Screen } from '@renderer/ui/Screen';
import type { People } from './exercisePeople';
import { LIBRARY, useExercisesNavigation, type ExercisesView as ExercisesViewState } from './exercisesNavigation';
import { clearNotice, clearNoticeUnlessAt, hasTimerUnderWay, useExercisesState } from './exercisesStore';
import { ExercisesView } from './ExercisesView';
import { useExerciseData } from './useExerciseData';
import styles from './ExercisesScreen.module.css';

export function ExercisesScreen() {
  const { records, partner, profiles } = useVault();
  const { repo, state, reload } = useExerciseData(records);
  const { view, location, goTo } = useExercisesNavigation();
  const people: People = { viewer: partner ?? 'a', profiles };
  const bodyRef = useFocusOnViewChange(view, location);
  useNoticeOnlyWhereItWasLeft(location);
  useSettleOnLock(view, goTo);

  return (
    <Screen
      icon={SproutIcon}
      title="Exercises"
      lead="Small practices for growing closer, each with why it helps, how to do it and what to watch for. Pick one that fits this week. There is no order to follow and no test to pass."
    >
      <div ref={bodyRef} className={styles.body}>
        {state.status === 'loading' ? <p className={styles.muted}>Opening your practice…</p> : null}
        {state.status === 'failed' ? (
          <InlineNotice action={<Button onPress={reload}>Try again</Button>}>Your practice log could not be opened just now.</InlineNotice>
        ) : null}
        {state.status === 'ready' ? <ExercisesView data={state} repo={repo} people={people} onChanged={reload} /> : null}
      </div>
    </Screen>
  );
}

/**
 * When the vault locks: forget the notice and go back to the library, unless a timer is under way (the
 * device-free hour may well outlast the idle lock); its view stays, so whoever unlocks finds it running.
 */
function useSettleOnLock(view: ExercisesViewState, goTo: ReturnType<typeof useExercisesNavigation>['goTo']) {
  const { onLock } = useVault();
  const current = useRef(view);
  useEffect(() => {
    current.current = view;
  }, [view]);
  useEffect(
    () =>
      onLock(() => {
        clearNotice();
        if (!hasTimerUnderWay(current.current.name)) goTo(LIBRARY, { replace: true });
      }),
    [onLock, goTo],
  );
}

/** A notice belongs to the view it was left on: it goes once the person moves on, or leaves the screen. */
function useNoticeOnlyWhereItWasLeft(location: string) {
  const { notice } = useExercisesState();
  useEffect(() => clearNoticeUnlessAt(location), [notice, location]);
  useEffect(() => clearNotice, []);
}

/**
 * Moves focus when the view changes inside the screen (not on arrival, not between the home tabs, not
 * between sensate focus's stages): to the new view's heading, or back on the home tabs to the selected tab.
 */
function useFocusOnViewChange(view: ExercisesViewState, location: string) {
  const ref = useRef<HTMLDivElement>(null);
  const key = view.name === 'home' || view.name === 'sensate-focus' ? view.name : location;
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    const target = key === 'home' ? '[role="tab"][aria-selected="true"]' : '[data-view-heading]';
    ref.current?.querySelector<HTMLElement>(target)?.focus();
  }, [key]);
  return ref;
}
