/**
 * The buttons under a running timer (the 20-minute talk, the device-free hour): Pause or Resume as the main
 * action, and one way to end or move on early, which the caller names ("End now", "Hand over to Bo now").
 * Starting belongs to each tool's setup, which first asks its own questions.
 */
import { Button } from './Button';
import styles from './TimerControls.module.css';

interface TimerControlsProps {
  isPaused: boolean;
  onPause: () => void;
  onResume: () => void;
  endLabel: string;
  onEnd: () => void;
}

export function TimerControls({ isPaused, onPause, onResume, endLabel, onEnd }: TimerControlsProps) {
  return (
    <div className={styles.controls}>
      {isPaused ? (
        <Button variant="primary" onPress={onResume}>
          Resume
        </Button>
      ) : (
        <Button variant="primary" onPress={onPause}>
          Pause
        </Button>
      )}
      <Button onPress={onEnd}>{endLabel}</Button>
    </div>
  );
}
