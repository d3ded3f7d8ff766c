/**
 * Ideas that come with some exercises: this week's small gestures, straight from the content in shared/.
 * (Date-night ideas live in their planner, dateNight/DateNightPlanner.tsx.)
 */
import { GESTURES, type Exercise } from '@shared/content';
import common from '../common.module.css';
import styles from './ToolIdeas.module.css';

export function ToolIdeas({ exercise }: { exercise: Exercise }) {
  if (exercise.tool === 'gestures') {
    return (
      <section className={styles.ideas} aria-labelledby="ideas">
        <h3 id="ideas" className={common.subheading}>
          Gestures to try this week
        </h3>
        <p className={common.muted}>Pick one or two. Small and often is the whole idea.</p>
        <ul className={common.list}>
          {GESTURES.map((gesture) => (
            <li key={gesture.id}>{gesture.text}</li>
          ))}
        </ul>
      </section>
    );
  }
  return null;
}
