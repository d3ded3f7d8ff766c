/** Earlier tank checks, newest first: when, who, how full, and what would help. Private ones say so. */
import type { PartnerSlot } from '@shared/partners';
import { checkedOnText, tankValueText, type TankEntry } from './tankEntry';
import styles from './TankHistory.module.css';

interface TankHistoryProps {
  entries: readonly TankEntry[];
  viewer: PartnerSlot;
  names: Partial<Record<PartnerSlot, string>>;
}

export function TankHistory({ entries, viewer, names }: TankHistoryProps) {
  return (
    <div className={styles.wrapper}>
      <h3 className={styles.title}>Earlier checks</h3>
      {entries.length === 0 ? (
        <p className={styles.empty}>Your checks will gather here, so you can both see how things change over the weeks.</p>
      ) : (
        <ol className={styles.list}>
          {entries.map((entry) => (
            <li key={entry.id} className={`${styles.entry} ${entry.author === 'a' ? styles.a : styles.b}`}>
              <p className={styles.meta}>
                {checkedOnText(entry.createdAt)} · {entry.author === viewer ? 'You' : (names[entry.author] ?? 'Your partner')}
                {entry.space === 'private' ? <span className={styles.private}> · only you can see this</span> : null}
              </p>
              <p className={styles.value}>{tankValueText(entry.value)}</p>
              {entry.fill ? <p className={styles.fill}>{entry.fill}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
