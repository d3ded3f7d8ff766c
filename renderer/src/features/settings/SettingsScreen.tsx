/** Settings: partners, appearance, reminders, security, keyboard shortcuts and about. Data comes later. */
import { ReminderSection } from '@renderer/features/reminders';
import { useSettings } from '@renderer/lib/settings';
import { Button } from '@renderer/ui/Button';
import { SlidersIcon } from '@renderer/ui/icons';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Screen } from '@renderer/ui/Screen';
import { BackupsSection } from '@renderer/features/backups';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { DataSection } from './DataSection';
import { KeyboardSection } from './KeyboardSection';
import { PartnersSection } from './PartnersSection';
import { SecuritySection } from './SecuritySection';
import styles from './SettingsScreen.module.css';

function SettingsProblemNotice() {
  const { problem, reloadSettings } = useSettings();
  if (problem === 'load') {
    return (
      <InlineNotice action={<Button onPress={reloadSettings}>Try again</Button>}>
        Hearth couldn't read your saved settings, so it is using the usual ones for now.
      </InlineNotice>
    );
  }
  if (problem === 'save') {
    return <InlineNotice>That change couldn't be saved, so the previous setting is back. You can try again.</InlineNotice>;
  }
  return null;
}

export function SettingsScreen() {
  return (
    <Screen icon={SlidersIcon} title="Settings" lead="Your names, how Hearth looks, when it reminds you, and how it keeps your journal closed.">
      <div className={styles.sections}>
        <SettingsProblemNotice />
        <PartnersSection />
        <AppearanceSection />
        <ReminderSection />
        <SecuritySection />
        <BackupsSection />
        <KeyboardSection />
        <DataSection />
        <AboutSection />
      </div>
    </Screen>
  );
}
