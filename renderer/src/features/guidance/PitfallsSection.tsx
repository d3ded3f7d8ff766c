/** The pitfalls that can undo good effort, and how Hearth is built to help step around each one. */
import { PITFALLS, PITFALLS_INTRO } from '@shared/content';
import { GuidanceSection } from './GuidanceSection';
import styles from './prose.module.css';

export function PitfallsSection() {
  return (
    <GuidanceSection id="guidance-pitfalls" intro={PITFALLS_INTRO}>
      <ul className={styles.items}>
        {PITFALLS.map((pitfall) => (
          <li key={pitfall.id} className={styles.item}>
            <h3 className={styles.itemTitle}>{pitfall.title}</h3>
            <p>{pitfall.explanation}</p>
            <p className={styles.aside}>
              <span className={styles.asideLabel}>How Hearth helps: </span>
              {pitfall.howHearthHelps}
            </p>
          </li>
        ))}
      </ul>
    </GuidanceSection>
  );
}
