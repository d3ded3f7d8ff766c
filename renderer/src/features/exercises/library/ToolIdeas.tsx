/**
 * Ideas that come with some exercises: date-night ideas (at home or going out) and this week's small
 * gestures, straight from the content in shared/. Planning a date for a day is not built yet.
 */
import { BUDGET_LABELS, dateNightsBySetting, GESTURES, type Exercise } from '@shared/content';
import common from '../common.module.css';
import styles from './ToolIdeas.module.css';

export function ToolIdeas({ exercise }: { exercise: Exercise }) {
  if (exercise.tool === 'date-night') {
    const setting = exercise.id === 'date-night-out' ? 'out' : 'in';
    return (
      <section className={styles.ideas} aria-labelledby="ideas">
        <h3 id="ideas" className={common.subheading}>
          {setting === 'in' ? 'Ideas for an evening at home' : 'Ideas for going out'}
        </h3>
        <ul className={styles.grid}>
          {dateNightsBySetting(setting).map((idea) => (
            <li key={idea.id} className={styles.idea}>
              <span className={styles.ideaTitle}>{idea.title}</span>
              <span className={common.small}>{idea.description}</span>
              {idea.budget ? <span className={`${common.small} ${common.muted}`}>{BUDGET_LABELS[idea.budget]}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    );
  }
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
