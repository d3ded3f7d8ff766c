/** One card as it lies on the table: its category, whether it asks or suggests, and its words. */
import type { Card } from '@shared/content';
import { categoryName, kindLabel } from './cardsText';
import styles from './CardFace.module.css';

interface CardFaceProps {
  card: Card;
  /** Smaller type, for the lists of kept and done cards. */
  isCompact?: boolean;
}

export function CardFace({ card, isCompact = false }: CardFaceProps) {
  return (
    <div className={`${styles.face} ${isCompact ? styles.compact : ''}`}>
      <p className={styles.meta}>
        <span className={styles.category}>{categoryName(card.category)}</span>
        <span aria-hidden="true"> · </span>
        <span className={styles.visuallyHidden}>, </span>
        <span>{kindLabel(card.kind)}</span>
      </p>
      <p className={styles.text}>{card.text}</p>
    </div>
  );
}
