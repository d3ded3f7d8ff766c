/**
 * Strength feedback under a new passphrase: a four-mark meter and a line in our own words. Weak and fair
 * passphrases are refused when the form is sent (passphraseRules.ts' floor), so for them it says so ahead
 * of time. The estimator loads on first use; until it has, or for an empty field, nothing shows.
 */
import { marksFor, type StrengthAdvice } from './strengthAdvice';
import styles from './PassphraseStrength.module.css';

const MARKS = [1, 2, 3, 4] as const;

export function PassphraseStrength({ advice }: { advice: StrengthAdvice | null }) {
  return (
    <span className={styles.strength} data-level={advice?.level} aria-live="polite">
      {advice ? (
        <>
          <span className={styles.meter} aria-hidden="true">
            {MARKS.map((mark) => (
              <span key={mark} className={styles.mark} data-filled={mark <= marksFor(advice.level) || undefined} />
            ))}
          </span>
          <span className={styles.summary}>{advice.summary}</span>
          {advice.detail ? <span className={styles.detail}>{advice.detail} Hearth asks for one that would take a long time to guess.</span> : null}
        </>
      ) : null}
    </span>
  );
}
