/**
 * Next in your plan: the exercise the weekly plan suggests now, with a Start that opens it (the talk timer
 * for the 20-minute talk). With no plan, an invitation to make one.
 */
import { useLocation } from 'wouter';
import { pillarById } from '@shared/content';
import { exercisePaths } from '@shared/routes';
import { useNextPlannedExercise } from '@renderer/features/exercises';
import { ActionLink, Button } from '@renderer/ui/Button';
import { SproutIcon } from '@renderer/ui/icons';
import { QuietPlaceholder } from './QuietPlaceholder';
import { TodayPanel } from './TodayPanel';
import { minutesWords } from './todayWording';
import styles from './PlanPanel.module.css';

export function PlanPanel() {
  const planned = useNextPlannedExercise();
  const [, navigate] = useLocation();

  if (planned.status !== 'ready' || planned.next === null) {
    return (
      <TodayPanel title="Next in your plan" icon={SproutIcon} actions={planned.status === 'loading' ? undefined : <ActionLink to="/exercises" variant="quiet">Browse exercises</ActionLink>}>
        {planned.status === 'loading' ? <QuietPlaceholder>Looking at your plan…</QuietPlaceholder> : null}
        {planned.status === 'failed' ? <p className={styles.detail}>Hearth could not open your plan just now. It is still there in Exercises.</p> : null}
        {planned.status === 'ready' ? (
          <p className={styles.detail}>Nothing waiting in your plan. When you feel like it, choose an exercise or two to try together this week; small and regular is plenty.</p>
        ) : null}
      </TodayPanel>
    );
  }

  const { exercise, isDoneToday } = planned.next;
  const start = () => {
    navigate(exercise.tool === 'talk-timer' ? exercisePaths.talk : exercisePaths.exercise(exercise.id));
  };
  return (
    <TodayPanel
      title="Next in your plan"
      icon={SproutIcon}
      actions={
        <Button variant="primary" onPress={start} aria-label={`Start ${exercise.title}`}>
          Start
        </Button>
      }
    >
      <div className={styles.exercise}>
        <p className={styles.meta}>
          {pillarById(exercise.pillar).name} · {minutesWords(exercise.minutes)}
        </p>
        <h3 className={styles.title}>{exercise.title}</h3>
        <p className={styles.detail}>{exercise.summary}</p>
        {isDoneToday ? <p className={styles.detail}>You have already made time for this today. Another go this week is there whenever you like.</p> : null}
      </div>
    </TodayPanel>
  );
}
