/** Exercises: the library by the five pillars. For now it introduces the pillars themselves. */
import { SproutIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import { PILLARS } from './pillars';
import styles from './ExercisesScreen.module.css';

export function ExercisesScreen() {
  return (
    <Screen
      icon={SproutIcon}
      title="Exercises"
      lead="Small practices for growing closer, each with why it helps, how to do it and what to watch for. They sit under five pillars."
    >
      <ol className={styles.pillars} aria-label="The five pillars">
        {PILLARS.map((pillar, index) => (
          <li key={pillar.id} className={styles.pillar}>
            <span className={styles.number} aria-hidden="true">
              {index + 1}
            </span>
            <span className={styles.name}>{pillar.name}</span>
            <span className={styles.summary}>{pillar.summary}</span>
          </li>
        ))}
      </ol>
      <p className={styles.note}>Pick one that fits this week. There is no order to follow and no test to pass.</p>
    </Screen>
  );
}
