/** The device-free timer under way: a calm countdown, pause and resume, end early; a soft chime at the end if on. */
import { useEffect, useRef } from 'react';
import { finish, pause, resume, type TurnTimer } from '@shared/exercises/turnTimer';
import { TimerControls } from '@renderer/ui/TimerControls';
import { TimerFace } from '@renderer/ui/TimerFace';
import common from '../common.module.css';
import { useExercisesState } from '../exercisesStore';
import { playChime } from '../timer/softChime';
import { useTimerClock } from '../timer/useTimerClock';
import styles from './DeviceFree.module.css';

export function DeviceFreeRunning({ timer, onTimer }: { timer: TurnTimer; onTimer: (timer: TurnTimer) => void }) {
  const { reading, act } = useTimerClock(timer, onTimer);
  useChimeAtEnd(reading.isFinished && timer.status === 'running');
  return (
    <div className={`${common.card} ${styles.running}`}>
      <p className={styles.calm}>Phones away. The rest can wait.</p>
      <TimerFace remainingMs={reading.remainingMs} ofMs={timer.turnsMs[0] ?? 0} label="Time left" isPaused={reading.isPaused} />
      <TimerControls isPaused={reading.isPaused} onPause={() => act(pause)} onResume={() => act(resume)} endLabel="End now" onEnd={() => act(finish)} />
    </div>
  );
}

function useChimeAtEnd(hasRunOut: boolean) {
  const { isSoundOn } = useExercisesState();
  const played = useRef(false);
  useEffect(() => {
    if (!hasRunOut || played.current) return;
    played.current = true;
    if (isSoundOn) playChime();
  }, [hasRunOut, isSoundOn]);
}
