/** What is next from the weekly plan (nextPlannedExercise), with a way straight to it. */
import { exerciseById } from '@shared/content';
import { nextPlannedExercise, type SessionFact, type WeeklyPlan } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import common from '../common.module.css';
import { useExercisesNavigation } from '../exercisesNavigation';
import { progressText } from './planWords';
import styles from './Week.module.css';

interface NextUpProps {
  plan: WeeklyPlan | null;
  sessions: readonly SessionFact[];
  now: number;
}

export function NextUp({ plan, sessions, now }: NextUpProps) {
  const { goTo } = useExercisesNavigation();
  if (!plan || plan.items.length === 0) return null;
  const next = nextPlannedExercise(plan, sessions, now);
  const exercise = next ? exerciseById(next.exerciseId) : undefined;
  return (
    <section className={`${common.card} ${styles.nextUp}`} aria-labelledby="next-up">
      <h2 id="next-up" className={common.eyebrow}>
        Next from your plan
      </h2>
      {next && exercise ? (
        <>
          <p className={styles.nextTitle}>{exercise.title}</p>
          <p className={common.muted}>{progressText(next.timesPerWeek, next.doneThisWeek)}</p>
          <div className={common.actions}>
            <Button variant="primary" onPress={() => goTo({ name: 'exercise', exerciseId: exercise.id })}>
              Open {exercise.title}
            </Button>
          </div>
        </>
      ) : (
        <p className={styles.nextTitle}>This week's plan is done. Anything more is a bonus.</p>
      )}
    </section>
  );
}
