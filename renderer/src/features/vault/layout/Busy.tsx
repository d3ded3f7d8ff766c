/** A calm "working on it" line with a softly pulsing mark (still when motion is reduced). */
import styles from './Busy.module.css';

export function Busy({ label }: { label: string }) {
  return (
    <p className={styles.busy} role="status">
      <span className={styles.pulse} aria-hidden="true" />
      <span>{label}</span>
    </p>
  );
}
