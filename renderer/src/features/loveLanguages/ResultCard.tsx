/** One person's result: their name, a plain sentence (honest about ties), the languages named, and when. */
import { useId, type Ref } from 'react';
import type { AssessmentResult } from './assessmentResult';
import { languageNames, resultSentence, resultView } from './loveResult';
import { takenOnText } from './loveText';
import styles from './ResultCard.module.css';

interface ResultCardProps {
  result: AssessmentResult;
  /** The person's name as the screen shows it. */
  name: string;
  isYou: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function ResultCard({ result, name, isYou, headingRef }: ResultCardProps) {
  const view = resultView(result.scores);
  const headingId = useId();
  return (
    <article className={`${styles.card} ${result.author === 'a' ? styles.a : styles.b}`} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} className={styles.name} tabIndex={-1}>
        {isYou ? `${name} (you)` : name}
      </h3>
      {view ? (
        <>
          <p className={styles.main}>{languageNames(view.main)}</p>
          <p>{resultSentence(view, isYou ? { isYou: true } : { isYou: false, name })}</p>
        </>
      ) : (
        <p>No answers yet.</p>
      )}
      <p className={styles.when}>{takenOnText(result.takenAt)}</p>
    </article>
  );
}
