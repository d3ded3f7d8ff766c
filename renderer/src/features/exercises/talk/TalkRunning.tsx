/**
 * The talk under way: whose turn it is (the speaker speaks; the listener listens, without interrupting),
 * the countdown, pause and resume, and handing over early. The turn changes by itself when its time is up,
 * with a gentle visual handover (none under reduced motion, see global.css).
 */
import { finish, handOver, pause, resume } from '@shared/exercises/turnTimer';
import { TimerControls } from '@renderer/ui/TimerControls';
import { TimerFace } from '@renderer/ui/TimerFace';
import { accentClass, nameOf, otherSlot, type People } from '../exercisePeople';
import type { ActiveTalk } from '../exercisesStore';
import { SoundToggle } from '../timer/SoundToggle';
import type { TimerClock } from '../timer/useTimerClock';
import common from '../common.module.css';
import { speakerOf } from './talkRoles';
import styles from './Talk.module.css';

interface TalkRunningProps {
  talk: ActiveTalk;
  people: People;
  clock: TimerClock;
}

export function TalkRunning({ talk, people, clock: { reading, act } }: TalkRunningProps) {
  const speaker = speakerOf(talk, reading.turn);
  const listener = otherSlot(speaker);
  const speakerName = nameOf(people, speaker);
  const listenerName = nameOf(people, listener);
  const isLastTurn = reading.turn === reading.turnCount - 1;

  return (
    <div className={`${common.card} ${styles.running} ${accentClass(speaker)}`}>
      <p className={styles.turnCount}>
        Turn {reading.turn + 1} of {reading.turnCount}
      </p>
      {/* Keyed by turn: the roles are drawn afresh at each handover, which plays the soft handover animation. */}
      <div key={reading.turn} className={styles.roles}>
        <p className={styles.speaker}>
          <span className={styles.roleDot} aria-hidden="true" />
          {speakerName} speaks
        </p>
        <div className={`${styles.listener} ${accentClass(listener)}`}>
          <p className={styles.listenCue}>{listenerName} listens — listen, don't interrupt</p>
          <p className={`${common.muted} ${common.small}`}>No fixing and no defending. A nod is plenty.</p>
        </div>
      </div>
      <TimerFace
        remainingMs={reading.remainingMs}
        ofMs={talk.timer.turnsMs[reading.turn] ?? 0}
        label={`Time left in ${speakerName}'s turn`}
        isPaused={reading.isPaused}
      />
      <TimerControls
        isPaused={reading.isPaused}
        onPause={() => act(pause)}
        onResume={() => act(resume)}
        endLabel={isLastTurn ? 'End the talk now' : `Hand over to ${listenerName} now`}
        onEnd={() => act(isLastTurn ? finish : handOver)}
      />
      <SoundToggle description="A gentle chime when the turn changes and when the time is up." />
    </div>
  );
}
