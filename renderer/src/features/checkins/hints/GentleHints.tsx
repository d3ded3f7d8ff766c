/**
 * Calm cards drawn from the weekly check-ins the viewer may see: a suggestion to talk when the couple seems
 * to be slipping back, and a gentle pointer to outside support when weeks have been hard for a while. They
 * name no one, show no numbers and never diagnose (rules: shared/checkins/slippingBack.ts and
 * sustainedDistress.ts).
 */
import { isSlippingBack, partnersInSustainedDistress, weekKey } from '@shared/checkins';
import { ActionLink } from '@renderer/ui/Button';
import type { CheckinEntry } from '../checkinEntry';
import { weeklySignals } from '../checkinViews';
import styles from './GentleHints.module.css';

export function GentleHints({ entries }: { entries: readonly CheckinEntry[] }) {
  const signals = weeklySignals(entries);
  const thisWeek = weekKey(new Date());
  const isSlipping = isSlippingBack(signals, thisWeek);
  const isHardStretch = partnersInSustainedDistress(signals, thisWeek).length > 0;
  if (!isSlipping && !isHardStretch) return null;
  return (
    <div className={styles.hints}>
      {isSlipping ? (
        <aside className={styles.card} aria-labelledby="hint-slipping">
          <h2 id="hint-slipping" className={styles.title}>
            It has been a heavier few weeks
          </h2>
          <p>A 20-minute talk might help: one of you speaks, the other listens, then you swap. No fixing, just hearing each other.</p>
          <p className={styles.why}>
            This shows when something has been on one of your minds three weekly check-ins running, or when feeling close has
            eased by a point over recent weeks.
          </p>
          <div className={styles.actions}>
            <ActionLink to="/exercises">Try the 20-minute talk</ActionLink>
            <ActionLink to="/guidance" variant="quiet">
              Read Guidance
            </ActionLink>
          </div>
        </aside>
      ) : null}
      {isHardStretch ? (
        <aside className={styles.card} aria-labelledby="hint-support">
          <h2 id="hint-support" className={styles.title}>
            You do not have to carry this alone
          </h2>
          <p>
            Check-ins have felt hard for several weeks in a row. Talking with someone outside the two of you, such as a doctor,
            a counsellor or a couples therapist, often helps.
          </p>
          <div className={styles.actions}>
            <ActionLink to="/guidance" variant="quiet">
              Ways to find support
            </ActionLink>
          </div>
        </aside>
      ) : null}
    </div>
  );
}
