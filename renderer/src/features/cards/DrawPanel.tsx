/**
 * The table: choose categories, draw a card, keep it or mark it done. The same button draws, and turns
 * into "Shuffle again" once every chosen card has been drawn, so focus never falls off the page.
 */
import { cardById } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import type { CardMarks } from './cardMarks';
import { CardFace } from './CardFace';
import { deckCountText } from './cardsText';
import { CategoryFilter } from './CategoryFilter';
import { cardsInFilter, cardsLeft } from './deck';
import { MarkToggles, type MarkChange } from './MarkToggles';
import type { DeckApi } from './useDeck';
import styles from './DrawPanel.module.css';

interface DrawPanelProps {
  deck: DeckApi;
  marks: CardMarks;
  onMark: (cardId: string, change: MarkChange) => void;
}

export function DrawPanel({ deck, marks, onMark }: DrawPanelProps) {
  const total = cardsInFilter(deck.categories).length;
  const left = cardsLeft(deck.state, deck.categories).length;
  const isThrough = total > 0 && left === 0;
  const current = deck.state.currentId ? cardById(deck.state.currentId) : undefined;
  const label = isThrough ? 'Shuffle again' : current ? 'Draw another' : 'Draw a card';

  return (
    <div className={styles.panel}>
      <CategoryFilter value={deck.categories} onChange={deck.choose} />
      <div className={styles.table} aria-live="polite" aria-atomic="true">
        {current ? (
          <CardFace card={current} />
        ) : (
          <div className={styles.faceDown}>
            <p>{isThrough ? 'Every card you chose has had its turn.' : 'A card is waiting.'}</p>
          </div>
        )}
        {isThrough ? (
          <p className={styles.through}>
            That was the last card in these categories. When you would like to begin again, shuffle them back
            into the deck.
          </p>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button variant="primary" onPress={isThrough ? deck.shuffle : deck.draw} isDisabled={total === 0}>
          {label}
        </Button>
        {current ? <MarkToggles mark={marks.get(current.id)} onChange={(change) => onMark(current.id, change)} /> : null}
      </div>
      <p className={styles.count}>{deckCountText(left, total)}</p>
      <p className={styles.hint}>
        Take turns reading a card aloud. There is no need to answer every one: skip any that do not feel right
        tonight, and come back to it another time.
      </p>
    </div>
  );
}
