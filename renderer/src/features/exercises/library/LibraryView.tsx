/** The library: every exercise under its pillar, in the content's order; each opens its own page. */
import { exercisesForPillar, howOftenLabel, PILLARS, type Exercise } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import { useExercisesNavigation } from '../exercisesNavigation';
import common from '../common.module.css';
import styles from './LibraryView.module.css';

export function LibraryView() {
  return (
    <div className={styles.library}>
      <p className={common.muted}>
        Five pillars hold a relationship up. Most couples find one or two that need the most care right now. Start there, with
        something small.
      </p>
      {PILLARS.map((pillar) => (
        <section key={pillar.id} className={styles.pillar} aria-labelledby={`pillar-${pillar.id}`}>
          <div className={styles.pillarHead}>
            <h2 id={`pillar-${pillar.id}`} className={styles.pillarName}>
              {pillar.name}
            </h2>
            <p className={common.muted}>{pillar.summary}</p>
          </div>
          <ul className={styles.exercises}>
            {exercisesForPillar(pillar.id).map((exercise) => (
              <li key={exercise.id}>
                <ExerciseCard exercise={exercise} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ExerciseCard({ exercise }: { exercise: Exercise }) {
  const { goTo } = useExercisesNavigation();
  return (
    <article className={styles.card} aria-labelledby={`exercise-${exercise.id}`}>
      <h3 id={`exercise-${exercise.id}`} className={styles.title}>
        {exercise.title}
      </h3>
      <p className={styles.summary}>{exercise.summary}</p>
      <p className={styles.meta}>
        About {exercise.minutes} {exercise.minutes === 1 ? 'minute' : 'minutes'} · {howOftenLabel(exercise.howOften)}
      </p>
      <div className={styles.open}>
        <Button aria-label={`Open ${exercise.title}`} onPress={() => goTo({ name: 'exercise', exerciseId: exercise.id })}>
          Open
        </Button>
      </div>
    </article>
  );
}
