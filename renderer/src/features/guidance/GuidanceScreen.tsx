/**
 * Guidance: plain reading about closeness and getting help. For now it explains how Hearth works (Today
 * links here) and what else this place will hold. Supportive, never a diagnosis.
 */
import { FeatureList, type FeatureItem } from '@renderer/ui/FeatureList';
import { CompassIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import { Section } from '@renderer/ui/Section';
import styles from './GuidanceScreen.module.css';

const GUIDANCE_HOLDS: readonly FeatureItem[] = [
  { title: 'Why closeness fades', text: 'How busy years turn partners into housemates, and why that is so common.' },
  { title: 'Pitfalls on the way back', text: 'What tends to slow couples down, and how to go easier on yourselves.' },
  { title: 'When to ask for help', text: 'Signs that an outside view would help, and the kinds of support there are.' },
  { title: 'Common questions', text: 'Short, honest answers to what people often wonder at the start.' },
];

export function GuidanceScreen() {
  return (
    <Screen
      icon={CompassIcon}
      title="Guidance"
      lead="Calm reading for when you want to understand what is happening between you, and what might help."
    >
      <Section title="How Hearth works">
        <div className={styles.prose}>
          <p>
            Closeness usually comes back through small things done often, not grand gestures. Hearth gives those
            small things a place: a few kind words in the evening, a short check-in, an exercise when you have the
            time, a question to talk about.
          </p>
          <p>
            There are no points and no streaks to lose. Hearth counts the days you showed up, and that number only
            ever grows.
          </p>
          <p>
            Everything stays on this computer, encrypted. There is no account, and nothing is sent anywhere. Each of
            you can keep a private space as well as the one you share.
          </p>
        </div>
      </Section>
      <Section title="Still to come here">
        <FeatureList items={GUIDANCE_HOLDS} />
      </Section>
      <p className={styles.support}>
        If things feel too heavy to carry alone, talking with a couples counsellor is a sign of care, not of failure.
      </p>
    </Screen>
  );
}
