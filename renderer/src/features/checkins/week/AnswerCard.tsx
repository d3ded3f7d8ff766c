/** One person's check-in answers: the four scales as words, then what they wrote. Text is shown as text. */
import type { ReactNode } from 'react';
import { OBSTACLE_LABELS, SCALES } from '@shared/checkins';
import type { OpenEntry } from '../checkinEntry';
import styles from './AnswerCard.module.css';

interface AnswerCardProps {
  entry: OpenEntry;
  /** The viewer's own answer: only then can a private note be there to show. */
  isOwn: boolean;
}

export function AnswerCard({ entry, isOwn }: AnswerCardProps) {
  const { checkin } = entry;
  const weekly = checkin.type === 'weekly' ? checkin : null;
  return (
    <div className={styles.card}>
      <dl className={styles.scales}>
        {SCALES.map((scale) => (
          <div key={scale.id} className={styles.scale}>
            <dt className={styles.term}>{scale.label}</dt>
            <dd className={styles.word}>{scale.words[checkin.scales[scale.id] - 1]}</dd>
          </div>
        ))}
      </dl>
      {checkin.howAreYou ? <Answer label="How are you doing?">{checkin.howAreYou}</Answer> : null}
      {checkin.bothering.isBothered ? (
        <Answer label={isOwn ? 'Something on your mind' : 'Something on their mind'}>
          {checkin.bothering.note || (entry.privateNote ? null : 'Yes.')}
          {entry.privateNote ? (
            <span className={styles.private}>
              <span className={styles.privateTag}>Only you can see this note</span>
              {entry.privateNote}
            </span>
          ) : null}
        </Answer>
      ) : null}
      {weekly && weekly.obstacles.length > 0 ? (
        <div className={styles.answer}>
          <p className={styles.answerLabel}>In the way</p>
          <ul className={styles.tags}>
            {weekly.obstacles.map((id) => (
              <li key={id} className={styles.tag}>
                {id === 'other' && weekly.otherObstacle ? weekly.otherObstacle : OBSTACLE_LABELS[id]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {weekly?.whatWouldHelp ? <Answer label="What would help">{weekly.whatWouldHelp}</Answer> : null}
    </div>
  );
}

function Answer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.answer}>
      <p className={styles.answerLabel}>{label}</p>
      <p className={styles.text}>{children}</p>
    </div>
  );
}
