/** Appearance: theme, text size and motion. Each change applies at once and is saved by the settings provider. */
import { useSettings } from '@renderer/lib/settings';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { Section } from '@renderer/ui/Section';
import { Toggle } from '@renderer/ui/Toggle';
import { TEXT_SIZE_OPTIONS, THEME_OPTIONS } from './appearanceOptions';
import styles from './AppearanceSection.module.css';

export function AppearanceSection() {
  const { settings, updateSettings } = useSettings();
  return (
    <Section title="Appearance" note="Changes take effect straight away.">
      <div className={styles.controls}>
        <ChoiceCards
          label="Theme"
          value={settings.theme}
          options={THEME_OPTIONS}
          onChange={(theme) => updateSettings({ theme })}
        />
        <ChoiceCards
          label="Text size"
          value={settings.textSize}
          options={TEXT_SIZE_OPTIONS}
          onChange={(textSize) => updateSettings({ textSize })}
        />
        <Toggle
          label="Reduce motion"
          description="Turns off animations and transitions. Hearth also follows your computer's own setting."
          isSelected={settings.reduceMotion}
          onChange={(reduceMotion) => updateSettings({ reduceMotion })}
        />
      </div>
    </Section>
  );
}
