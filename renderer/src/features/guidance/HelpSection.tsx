/** When to get help: signs worth taking seriously (described, never diagnosed), then the kinds of help there are. */
import { HELP_KINDS, HELP_SIGNALS, WHEN_TO_GET_HELP_INTRO } from '@shared/content';
import { GuidanceSection } from './GuidanceSection';
import styles from './prose.module.css';

export function HelpSection() {
  return (
    <GuidanceSection id="guidance-when-to-get-help" intro={WHEN_TO_GET_HELP_INTRO}>
      <ul className={styles.items}>
        {HELP_SIGNALS.map((signal) => (
          <li key={signal.id} className={styles.item}>
            <h3 className={styles.itemTitle}>{signal.title}</h3>
            <p>{signal.explanation}</p>
          </li>
        ))}
      </ul>
      <h3 className={styles.subheading}>The kinds of help</h3>
      <ul className={styles.items}>
        {HELP_KINDS.map((kind) => (
          <li key={kind.id} className={styles.item}>
            <h4 className={styles.itemTitle}>{kind.title}</h4>
            <p>{kind.description}</p>
          </li>
        ))}
      </ul>
      <p className={styles.aside}>
        Asking for help is a sign of care for each other, not of failure. You can start together, or on your
        own if your partner is not ready yet.
      </p>
    </GuidanceSection>
  );
}
