/**
 * The device-free hour: a calm timer (an hour unless you choose otherwise) on the same timestamp timer as
 * the talk, so it keeps its time while the screen sleeps or the vault locks. When it ends, the session is
 * logged with the time really spent.
 */
import { useCallback, useState } from 'react';
import { exerciseById } from '@shared/content';
import { createTurnTimer, DEVICE_FREE_MINUTES, deviceFreeTurnsMs, turnTimer, type TurnTimer } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { NumberField } from '@renderer/ui/NumberField';
import { BackButton } from '../BackButton';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { useExercisesNavigation } from '../exercisesNavigation';
import { updateExercises, useExercisesState } from '../exercisesStore';
import { measuredOf } from '../timer/measured';
import { SoundToggle } from '../timer/SoundToggle';
import { ViewHeading } from '../ViewHeading';
import { DeviceFreeRunning } from './DeviceFreeRunning';
import { LogSessionForm } from '../log/LogSessionForm';
import talk from '../talk/Talk.module.css';

const ID = 'device-free-hour';

export function DeviceFreeView(props: ViewProps) {
  const { deviceFree } = useExercisesState();
  const { goTo } = useExercisesNavigation();
  const setTimer = useCallback((timer: TurnTimer | null) => updateExercises((state) => ({ ...state, deviceFree: timer })), []);
  const exercise = exerciseById(ID);
  if (!exercise) return null;
  return (
    <div className={common.stack}>
      <BackButton to={{ name: 'exercise', exerciseId: ID }} label="Back to the exercise" />
      <ViewHeading
        eyebrow="Quality time"
        focusKey={deviceFree ? (deviceFree.status === 'finished' ? 'finished' : 'running') : 'setup'}
        lead={deviceFree ? undefined : 'Phones in a drawer, screens off. Start the timer, then close the laptop if you like.'}>
        {exercise.title}
      </ViewHeading>
      <p className={common.visuallyHidden} role="status">
        {liveText(deviceFree)}
      </p>
      {!deviceFree ? <DeviceFreeSetup onStart={setTimer} /> : null}
      {deviceFree && deviceFree.status !== 'finished' ? <DeviceFreeRunning timer={deviceFree} onTimer={setTimer} /> : null}
      {deviceFree?.status === 'finished' ? (
        <>
          <p className={common.muted}>The time is up. How was it?</p>
          <LogSessionForm
            exercise={exercise}
            people={props.people}
            repo={props.repo}
            measured={measuredOf(deviceFree)}
            onSaved={() => {
              props.onChanged();
              setTimer(null);
              goTo({ name: 'home', tab: 'log' }, { notice: 'Saved to your log. Enjoy the rest of the evening.', replace: true });
            }}
          />
          <div className={common.actions}>
            <Button onPress={() => (setTimer(null), goTo({ name: 'home', tab: 'library' }, { replace: true }))}>Leave without saving</Button>
          </div>
        </>
      ) : null}
    </div>
  );
}

function liveText(timer: TurnTimer | null): string {
  if (timer?.status === 'paused') return 'The timer is paused.';
  if (timer?.status === 'finished') return 'The time is up.';
  return '';
}

function DeviceFreeSetup({ onStart }: { onStart: (timer: TurnTimer) => void }) {
  const [minutes, setMinutes] = useState<number>(DEVICE_FREE_MINUTES.default);
  return (
    <div className={`${common.card} ${talk.setup}`}>
      <NumberField
        label="Minutes"
        description="An hour is lovely. Half an hour is a fine start too."
        value={minutes}
        onChange={(value) => setMinutes(Number.isFinite(value) ? value : DEVICE_FREE_MINUTES.default)}
        minValue={DEVICE_FREE_MINUTES.min}
        maxValue={DEVICE_FREE_MINUTES.max}
        step={DEVICE_FREE_MINUTES.step}
      />
      <SoundToggle description="A gentle chime when the time is up." />
      <div className={common.actions}>
        <Button variant="primary" onPress={() => onStart(turnTimer.start(createTurnTimer(deviceFreeTurnsMs(minutes)), Date.now()))}>
          Start the timer
        </Button>
      </div>
    </div>
  );
}
