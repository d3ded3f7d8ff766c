/** Journal: the daily appreciation, a few lines written to your partner. An inviting empty state for now. */
import { FeatureList, type FeatureItem } from '@renderer/ui/FeatureList';
import { BookIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import styles from './JournalScreen.module.css';

const JOURNAL_HOLDS: readonly FeatureItem[] = [
  { title: 'A note for your partner', text: 'Something you noticed today and were glad of. Small things count.' },
  { title: 'A prompt when words are slow', text: 'A gentle question to start from, whenever you want one.' },
  { title: 'Shared or just yours', text: 'Write to the two of you, or keep a page that only you can open.' },
  { title: 'Looking back', text: 'Your notes by day, easy to search, and what you wrote on this day before.' },
];

export function JournalScreen() {
  return (
    <Screen
      icon={BookIcon}
      title="Journal"
      lead="Each evening, a few lines to your partner about something you appreciated. It takes a minute, and it adds up."
    >
      <FeatureList title="What the journal will hold" items={JOURNAL_HOLDS} />
      <p className={styles.aside}>There is no wrong length and no wrong day. One honest sentence is plenty.</p>
    </Screen>
  );
}
