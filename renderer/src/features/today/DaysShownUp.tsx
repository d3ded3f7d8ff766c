/**
 * The day count, quietly at the top: how many days the couple has shown up. It only ever grows and never
 * mentions a day in between. On the very first day it is a welcome instead of a zero.
 */
import { FlameIcon } from '@renderer/ui/icons';
import { daysShownUpWords } from './todayWording';
import type { Loaded } from '@renderer/lib/useLoad';
import styles from './DaysShownUp.module.css';

interface DaysShownUpProps {
  days: Loaded<number>;
  partnerName: string | undefined;
}

export function DaysShownUp({ days, partnerName }: DaysShownUpProps) {
  return (
    <div className={styles.hearth}>
      <span className={styles.emblem}>
        <FlameIcon className={styles.icon} />
      </span>
      <div className={styles.words} aria-busy={days.status === 'loading'}>
        <Content days={days} partnerName={partnerName} />
      </div>
    </div>
  );
}

function Content({ days, partnerName }: DaysShownUpProps) {
  if (days.status === 'loading') return <p className={styles.detail}>Counting your days together…</p>;
  if (days.status === 'failed') return <p className={styles.detail}>Every day either of you writes, checks in or practises together counts here.</p>;
  if (days.value === 0) {
    return (
      <>
        <p className={styles.count}>{partnerName ? 'Your first evening together in Hearth starts here.' : 'Your first evening in Hearth starts here.'}</p>
        <p className={styles.detail}>
          {partnerName
            ? `Begin small: a few kind words to ${partnerName}, or a check-in on how you are. One sentence is plenty.`
            : 'Begin small: a few kind words, or a check-in on how you are. One sentence is plenty.'}
        </p>
      </>
    );
  }
  const words = daysShownUpWords(days.value);
  return (
    <>
      <p className={styles.count}>{words.count}</p>
      <p className={styles.detail}>{words.detail}</p>
    </>
  );
}
