/** "What this place will hold": a short ruled list of titles with one plain line each, under a quiet heading. */
import { useId } from 'react';
import styles from './FeatureList.module.css';

export interface FeatureItem {
  title: string;
  text: string;
}

interface FeatureListProps {
  /** A quiet h2 above the list, e.g. "What Today will hold". Leave out inside a section that already has one. */
  title?: string;
  items: readonly FeatureItem[];
}

export function FeatureList({ title, items }: FeatureListProps) {
  const headingId = useId();
  return (
    <div className={styles.wrapper}>
      {title ? (
        <h2 id={headingId} className={styles.heading}>
          {title}
        </h2>
      ) : null}
      <ul className={styles.list} aria-labelledby={title ? headingId : undefined}>
        {items.map((item) => (
          <li key={item.title} className={styles.item}>
            <span className={styles.marker} aria-hidden="true" />
            <span className={styles.text}>
              <span className={styles.title}>{item.title}</span>
              <span className={styles.description}>{item.text}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
