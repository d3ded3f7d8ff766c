/** Check-ins: a quick daily one and a deeper weekly one. An inviting empty state for now. */
import { PulseIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import styles from './CheckinsScreen.module.css';

export function CheckinsScreen() {
  return (
    <Screen
      icon={PulseIcon}
      title="Check-ins"
      lead="A simple way to ask each other how you are really doing, and to notice together how things change."
    >
      <div className={styles.kinds}>
        <section className={styles.kind} aria-labelledby="checkin-quick">
          <h2 id="checkin-quick" className={styles.kindTitle}>
            Quick, most days
          </h2>
          <p className={styles.kindText}>A few sliders for mood, closeness and stress. Done in under a minute.</p>
        </section>
        <section className={styles.kind} aria-labelledby="checkin-weekly">
          <h2 id="checkin-weekly" className={styles.kindTitle}>
            Deeper, once a week
          </h2>
          <p className={styles.kindText}>
            What is getting in the way, and what would help this week. Your answers open together once you have
            both replied.
          </p>
        </section>
      </div>
      <p className={styles.note}>
        Over time you will see a gentle picture of each of you, never a score.
      </p>
    </Screen>
  );
}
