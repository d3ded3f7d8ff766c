/**
 * The couple's favourite cards, or the ones done together, newest first. When a card leaves the list (no
 * longer a favourite, or not done after all), focus moves to the next card's buttons, or to the heading.
 */
import { useEffect, useRef } from 'react';
import { cardById } from '@shared/content';
import { markedCards, type CardMarks } from './cardMarks';
import { CardFace } from './CardFace';
import { doneOnText } from './cardsText';
import { MarkToggles, type MarkChange } from './MarkToggles';
import styles from './MarkedList.module.css';

type ListSort = 'favourites' | 'done';

interface MarkedListProps {
  sort: ListSort;
  title: string;
  empty: string;
  marks: CardMarks;
  onMark: (cardId: string, change: MarkChange) => Promise<boolean>;
}

function leavesList(sort: ListSort, change: MarkChange): boolean {
  return sort === 'favourites' ? change.isFavourite === false : change.isDone === false;
}

export function MarkedList({ sort, title, empty, marks, onMark }: MarkedListProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** Where focus goes once a card has left the list: its old place (now the next card), if any. */
  const pendingFocus = useRef<number | null>(null);
  const shown = markedCards(marks, sort);
  const shownKey = shown.map((mark) => mark.cardId).join(' ');

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const items = listRef.current?.querySelectorAll('li');
    const next = items?.[Math.min(index, items.length - 1)]?.querySelector('button');
    (next ?? headingRef.current)?.focus();
  }, [shownKey]);

  const change = async (cardId: string, index: number, patch: MarkChange) => {
    if (leavesList(sort, patch)) pendingFocus.current = index;
    const isSaved = await onMark(cardId, patch);
    if (!isSaved) pendingFocus.current = null;
  };

  return (
    <div className={styles.wrapper}>
      <h2 ref={headingRef} className={styles.heading} tabIndex={-1}>
        {title}
      </h2>
      {shown.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul ref={listRef} className={styles.list}>
          {shown.map((mark, index) => {
            const card = cardById(mark.cardId);
            if (!card) return null;
            return (
              <li key={card.id} className={styles.item}>
                <CardFace card={card} isCompact />
                {sort === 'done' ? <p className={styles.when}>{doneOnText(mark.doneAt)}</p> : null}
                <MarkToggles mark={mark} cardLabel={card.text} onChange={(patch) => void change(card.id, index, patch)} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
