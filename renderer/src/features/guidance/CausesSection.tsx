/** Why closeness fades: the guide's causes, each with what Hearth offers for it and the exercises that help. */
import { CAUSES_INTRO, CLOSENESS_CAUSES, exerciseById } from '@shared/content';
import { GuidanceSection } from './GuidanceSection';
import styles from './prose.module.css';

function exerciseNames(ids: readonly string[]): string {
  return ids
    .map((id) => exerciseById(id)?.title)
    .filter((title): title is string => Boolean(title))
    .join(', ');
}

export function CausesSection() {
  return (
    <GuidanceSection id="guidance-why-closeness-fades" intro={CAUSES_INTRO}>
      <ul className={styles.items}>
        {CLOSENESS_CAUSES.map((cause) => {
          const names = exerciseNames(cause.exerciseIds);
          return (
            <li key={cause.id} className={styles.item}>
              <h3 className={styles.itemTitle}>{cause.title}</h3>
              <p>{cause.explanation}</p>
              <p className={styles.aside}>
                <span className={styles.asideLabel}>What Hearth offers: </span>
                {cause.whatHearthOffers}
              </p>
              {names ? <p className={styles.muted}>In Exercises: {names}.</p> : null}
            </li>
          );
        })}
      </ul>
    </GuidanceSection>
  );
}
