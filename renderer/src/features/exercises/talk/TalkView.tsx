/**
 * The 20-minute talk, guided: choose who speaks first and how long a turn is, then two turns with clear
 * roles, and at the end a few questions to talk over and the session saved with its real length. The talk
 * under way lives in exercisesStore.ts, so it keeps its time while the couple looks elsewhere. One polite
 * live region, here, announces the turn change, a pause and the end; never the seconds.
 */
import { useCallback, useEffect, useRef } from 'react';
import { exerciseById } from '@shared/content';
import type { TimerReading, TurnTimer } from '@shared/exercises';
import { BackButton } from '../BackButton';
import common from '../common.module.css';
import { nameOf, otherSlot, type People } from '../exercisePeople';
import type { ViewProps } from '../ExercisesView';
import { updateExercises, useExercisesState, type ActiveTalk } from '../exercisesStore';
import { playChime } from '../timer/softChime';
import { useHoldIdleLock } from '../timer/useHoldIdleLock';
import { useTimerClock } from '../timer/useTimerClock';
import { ViewHeading } from '../ViewHeading';
import { TalkDebrief } from './TalkDebrief';
import { TalkRunning } from './TalkRunning';
import { TalkSetup } from './TalkSetup';
import { speakerOf } from './talkRoles';

export const TALK_ID = 'twenty-minute-talk';

export function TalkView(props: ViewProps) {
  const { talk } = useExercisesState();
  const title = exerciseById(TALK_ID)?.title ?? 'The 20-minute talk';
  return (
    <div className={common.stack}>
      <BackButton to={{ name: 'exercise', exerciseId: TALK_ID }} label="Back to the exercise" />
      <ViewHeading
        eyebrow="Communication"
        focusKey={talk ? (talk.timer.status === 'finished' ? 'debrief' : 'running') : 'setup'}
        lead={talk ? undefined : 'Two turns. One of you talks, the other only listens. Then you swap.'}
      >
        {title}
      </ViewHeading>
      {talk ? <TalkUnderWay talk={talk} {...props} /> : <TalkSetup people={props.people} />}
    </div>
  );
}

function TalkUnderWay({ talk, ...props }: ViewProps & { talk: ActiveTalk }) {
  const setTimer = useCallback((timer: TurnTimer) => {
    updateExercises((state) => (state.talk ? { ...state, talk: { ...state.talk, timer } } : state));
  }, []);
  const clock = useTimerClock(talk.timer, setTimer);
  const isOver = talk.timer.status === 'finished';
  useChimes(clock.reading, talk.timer.status === 'running');
  useHoldIdleLock(talk.timer.status === 'running');
  return (
    <>
      <p className={common.visuallyHidden} role="status">
        {isOver ? 'The talk is over. Take a moment together.' : announcement(clock.reading, talk, props.people)}
      </p>
      {isOver ? <TalkDebrief talk={talk} {...props} /> : <TalkRunning talk={talk} people={props.people} clock={clock} />}
    </>
  );
}

function announcement(reading: TimerReading, talk: ActiveTalk, people: People): string {
  if (reading.isPaused) return 'The talk is paused.';
  const speaker = speakerOf(talk, reading.turn);
  const [speakerName, listenerName] = [nameOf(people, speaker), nameOf(people, otherSlot(speaker))];
  return reading.turn === 0 ? `${speakerName} speaks first. ${listenerName} listens.` : `Turn change. Now ${speakerName} speaks and ${listenerName} listens.`;
}

/** If the sound is on: a soft chime when the turn changes and when the time runs out (not on a button press). */
function useChimes(reading: TimerReading, isRunning: boolean) {
  const { isSoundOn } = useExercisesState();
  const previous = useRef({ turn: reading.turn, isFinished: reading.isFinished });
  useEffect(() => {
    const before = previous.current;
    previous.current = { turn: reading.turn, isFinished: reading.isFinished };
    const ranOut = reading.isFinished && !before.isFinished && isRunning;
    if (isSoundOn && (ranOut || (reading.turn !== before.turn && !reading.isFinished))) playChime();
  }, [reading.turn, reading.isFinished, isRunning, isSoundOn]);
}
