/**
 * The big countdown (mm:ss) with a quiet progress ring. It is a timer role, which screen readers do not
 * announce on every change; each tool announces its own moments (a turn change, the end) in a live region.
 * It only draws what it is given: the timing itself lives with the caller.
 */
import { clockText } from '@shared/exercises';
import layout from './layout.module.css';
import styles from './TimerFace.module.css';

interface TimerFaceProps {
  remainingMs: number;
  /** The length of what is counting down, for the ring. */
  ofMs: number;
  /** What is counting down, for the timer's name: "Time left in Ada's turn". */
  label: string;
  isPaused: boolean;
}

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function TimerFace({ remainingMs, ofMs, label, isPaused }: TimerFaceProps) {
  const done = ofMs > 0 ? Math.min(1, Math.max(0, 1 - remainingMs / ofMs)) : 1;
  return (
    <div className={`${styles.face} ${isPaused ? styles.paused : ''}`}>
      <svg className={styles.ring} viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className={styles.track} cx="60" cy="60" r={RADIUS} />
        <circle
          className={styles.progress}
          cx="60"
          cy="60"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * done}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div className={styles.readout}>
        <p role="timer" className={styles.time}>
          <span className={layout.visuallyHidden}>{label}: </span>
          {clockText(remainingMs)}
        </p>
        {isPaused ? <span className={styles.pausedText}>Paused</span> : null}
      </div>
    </div>
  );
}
