/** "On this day": what the two of you wrote on today's date in earlier years, when there is any. */
import { useId } from 'react';
import type { PartnerSlot, ReadableEntry } from './appreciation';
import { EntryCard, type EntryActions } from './EntryCard';
import type { JournalPeople } from './journalPeople';
import { yearsAgo } from './journalView';
import styles from './OnThisDay.module.css';

interface OnThisDayProps {
  entries: readonly ReadableEntry[];
  me: PartnerSlot;
  people: JournalPeople;
  now: number;
  actions: EntryActions;
}

export function OnThisDay({ entries, me, people, now, actions }: OnThisDayProps) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        On this day
      </h2>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.id} className={styles.item}>
            <p className={styles.when}>{yearsAgo(entry.createdAt, now)}</p>
            <EntryCard entry={entry} me={me} people={people} now={now} knownTags={[]} actions={actions} isCompact headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
