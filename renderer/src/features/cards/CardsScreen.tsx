/** Cards: conversation starters and small ideas for closeness. An inviting empty state for now. */
import { FeatureList, type FeatureItem } from '@renderer/ui/FeatureList';
import { CardsIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import styles from './CardsScreen.module.css';

const CARDS_HOLD: readonly FeatureItem[] = [
  { title: 'Draw a card', text: 'One question or idea at a time, from the category you feel like tonight.' },
  { title: 'Keep the good ones', text: 'Set aside the cards you want to come back to, and mark the ones you have done.' },
  { title: 'Print a deck', text: 'Take a few to the table or on a walk, and leave the screens behind.' },
];

export function CardsScreen() {
  return (
    <Screen
      icon={CardsIcon}
      title="Cards"
      lead="Conversation starters and small ideas for closeness, for evenings when you want to talk but do not know where to begin."
    >
      <div className={styles.deck} aria-hidden="true">
        <span className={styles.card} />
        <span className={styles.card} />
        <span className={styles.card} />
      </div>
      <FeatureList title="What you can do with cards" items={CARDS_HOLD} />
    </Screen>
  );
}
