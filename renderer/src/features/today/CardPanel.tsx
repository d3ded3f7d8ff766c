/** A card to talk about: today's card from the deck (the same all day), its category, and the way to more. */
import { ActionLink } from '@renderer/ui/Button';
import { CardsIcon } from '@renderer/ui/icons';
import { cardCategoryName, cardKindLabel, cardOfTheDay } from './cardOfTheDay';
import { TodayPanel } from './TodayPanel';
import styles from './CardPanel.module.css';

export function CardPanel({ now }: { now: Date }) {
  const card = cardOfTheDay(now);
  return (
    <TodayPanel title="A card to talk about" icon={CardsIcon} actions={<ActionLink to="/cards" variant="quiet">More cards</ActionLink>}>
      {card ? (
        <figure className={styles.card}>
          <figcaption className={styles.meta}>
            {cardCategoryName(card.category)} · {cardKindLabel(card)}
          </figcaption>
          <blockquote className={styles.text}>
            <p>{card.text}</p>
          </blockquote>
        </figure>
      ) : (
        <p className={styles.meta}>The deck is resting today. The Cards screen has more whenever you want one.</p>
      )}
    </TodayPanel>
  );
}
