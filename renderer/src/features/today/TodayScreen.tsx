/** Today: the page Hearth opens on. For now it says what will gather here and where to begin. */
import { ActionLink } from '@renderer/ui/Button';
import { FeatureList, type FeatureItem } from '@renderer/ui/FeatureList';
import { SunIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import styles from './TodayScreen.module.css';

const TODAY_HOLDS: readonly FeatureItem[] = [
  { title: "Tonight's appreciation", text: 'A few words to each other before the day ends.' },
  { title: "This week's check-in", text: 'How you are both doing, in a couple of minutes.' },
  { title: 'Your next exercise', text: 'The practice you planned, ready when you are.' },
  { title: 'A card to talk about', text: 'One question to open an unhurried conversation.' },
  { title: 'Days you showed up', text: 'A count that only grows. A missed day never takes anything away.' },
];

function todayLabel(now: Date): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(now);
}

export function TodayScreen() {
  return (
    <Screen
      icon={SunIcon}
      eyebrow={todayLabel(new Date())}
      title="Today"
      lead="A quiet page for the day you are in. Each evening it will gather the small things that keep you close."
    >
      <div className={styles.start}>
        <p className={styles.startText}>New here? Begin with a short read on the idea behind Hearth.</p>
        <ActionLink to="/guidance">Read how Hearth works</ActionLink>
      </div>
      <FeatureList title="What Today will hold" items={TODAY_HOLDS} />
    </Screen>
  );
}
