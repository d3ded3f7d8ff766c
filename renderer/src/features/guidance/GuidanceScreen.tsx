/**
 * Guidance: calm reading about closeness and getting help, all from shared/content. An "On this page"
 * list moves focus to each section's heading. Links leave only through main, after the person says yes.
 * Supportive, never a diagnosis.
 */
import { GUIDANCE_INTRO } from '@shared/content';
import { CompassIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import { CausesSection } from './CausesSection';
import { DirectoriesSection } from './DirectoriesSection';
import { EmergencySection } from './EmergencySection';
import { GuidanceSection } from './GuidanceSection';
import { HelpSection } from './HelpSection';
import { PitfallsSection } from './PitfallsSection';
import { QuestionsSection } from './QuestionsSection';
import { SourcesSection } from './SourcesSection';
import { TableOfContents } from './TableOfContents';
import styles from './GuidanceScreen.module.css';

export function GuidanceScreen() {
  return (
    <Screen
      icon={CompassIcon}
      title="Guidance"
      lead="Calm reading for when you want to understand what is happening between you, and what might help."
    >
      <p>{GUIDANCE_INTRO.body}</p>
      <TableOfContents />
      <GuidanceSection id="guidance-how-hearth-works">
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
      </GuidanceSection>
      <CausesSection />
      <PitfallsSection />
      <HelpSection />
      <DirectoriesSection />
      <QuestionsSection />
      <EmergencySection />
      <SourcesSection />
    </Screen>
  );
}
