/** The history as a timeline: newest first, each check-in with its date, who, its kind and its words. */
import { useState } from 'react';
import { Button } from '@renderer/ui/Button';
import type { CheckinEntry, OpenEntry } from '../checkinEntry';
import { authorName, dayLabel, partnerTone, weekOf, type PartnerNames } from '../checkinFormat';
import { AnswerCard } from '../week/AnswerCard';
import styles from './Timeline.module.css';

const PAGE = 20;

export function Timeline({ entries, names }: { entries: readonly CheckinEntry[]; names: PartnerNames }) {
  const [shown, setShown] = useState(PAGE);
  if (entries.length === 0) {
    return <p className={styles.empty}>Nothing here yet. Your first check-in will start the story.</p>;
  }
  return (
    <div className={styles.timeline}>
      <ol className={styles.list}>
        {entries.slice(0, shown).map((entry) => (
          <li key={entry.id} className={`${styles.item} ${styles[partnerTone(entry.author)]}`}>
            <TimelineItem entry={entry} names={names} />
          </li>
        ))}
      </ol>
      {shown < entries.length ? (
        <Button onPress={() => setShown((count) => count + PAGE)}>Show earlier check-ins</Button>
      ) : null}
    </div>
  );
}

function TimelineItem({ entry, names }: { entry: CheckinEntry; names: PartnerNames }) {
  const who = authorName(entry.author, names);
  switch (entry.status) {
    case 'open':
      return (
        <article className={styles.entry} aria-label={`${who}: ${headline(entry)}`}>
          <p className={styles.meta}>
            <span className={styles.dot} aria-hidden="true" />
            <span className={styles.who}>{who}</span>
            <span>{headline(entry)}</span>
          </p>
          <AnswerCard entry={entry} isOwn={entry.author === names.viewer} />
        </article>
      );
    case 'sealed':
      return (
        <p className={styles.meta}>
          <span className={styles.dot} aria-hidden="true" />
          <span className={styles.who}>{who}</span>
          <span>
            Weekly check-in, {weekOf(entry.week)}: sealed until you both answer.
          </span>
        </p>
      );
    case 'unreadable':
      return (
        <p className={styles.meta}>
          <span className={styles.dot} aria-hidden="true" />
          <span className={styles.who}>{who}</span>
          <span>This check-in could not be opened. It is kept as it is.</span>
        </p>
      );
  }
}

function headline(entry: OpenEntry): string {
  const { checkin } = entry;
  return checkin.type === 'weekly' ? `Weekly check-in, ${weekOf(checkin.week)}` : `Quick check-in, ${dayLabel(checkin.day)}`;
}
