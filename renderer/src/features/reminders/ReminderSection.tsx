/**
 * Settings › Reminders: each ritual's reminder, quiet hours (with what happens to a reminder inside them),
 * a pause, and starting Hearth at login. Main keeps all of it in its settings file; nothing here is
 * anything a person wrote.
 */
import { useSettings } from '@renderer/lib/settings';
import { mainApi } from '@renderer/platform/bridge';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Section } from '@renderer/ui/Section';
import { Toggle } from '@renderer/ui/Toggle';
import { REMINDER_KINDS, type ReminderSettings } from '@shared/settings/reminderSettings';
import { useState } from 'react';
import { pauseWords, quietHoursWords } from './reminderWording';
import { RitualRuleFields } from './RitualRuleFields';
import { useReminderStatus } from './useReminderStatus';
import { WallTimeField } from './WallTimeField';
import styles from './ReminderSection.module.css';

export function ReminderSection() {
  const { settings, updateSettings } = useSettings();
  const reminders = settings.reminders;
  const change = (next: Partial<ReminderSettings>) => updateSettings({ reminders: { ...reminders, ...next } });
  return (
    <Section
      title="Reminders"
      note="Hearth reminds you from the tray, even with its window closed or your journal locked. A reminder only names the ritual, never anything you wrote."
    >
      <div className={styles.blocks}>
        {REMINDER_KINDS.map((kind) => (
          <RitualRuleFields key={kind} kind={kind} rule={reminders.rules[kind]} onChange={(rule) => change({ rules: { ...reminders.rules, [kind]: rule } })} />
        ))}
        <div className={styles.block}>
          <Toggle
            label="Quiet hours"
            description={quietHoursWords(reminders.quietHours)}
            isSelected={reminders.quietHours.isOn}
            onChange={(isOn) => change({ quietHours: { ...reminders.quietHours, isOn } })}
          />
          {reminders.quietHours.isOn ? (
            <div className={styles.row}>
              <WallTimeField label="Quiet from" value={reminders.quietHours.start} onChange={(start) => start !== reminders.quietHours.end && change({ quietHours: { ...reminders.quietHours, start } })} />
              <WallTimeField label="Quiet until" value={reminders.quietHours.end} onChange={(end) => end !== reminders.quietHours.start && change({ quietHours: { ...reminders.quietHours, end } })} />
            </div>
          ) : null}
        </div>
        <PauseControls />
        <Toggle
          label="Start Hearth when I log in"
          description="So reminders come without opening Hearth first. It starts quietly in the tray; its window opens when you choose."
          isSelected={settings.startAtLogin}
          onChange={(startAtLogin) => updateSettings({ startAtLogin })}
        />
      </div>
    </Section>
  );
}

function PauseControls() {
  const { settings, reloadSettings } = useSettings();
  const { state, reload } = useReminderStatus(settings.reminders);
  const [problem, setProblem] = useState(false);
  const act = (call: () => Promise<void>) => {
    call().then(
      () => {
        setProblem(false);
        reload();
        reloadSettings();
      },
      () => setProblem(true),
    );
  };
  const status = state.status === 'ready' ? state.value : null;
  const paused = status ? pauseWords(status.pause, status.now, status.timeZone) : null;
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>Pause</h3>
      <p className={styles.note} role="status">
        {paused ?? 'Reminders are on.'}
      </p>
      <div className={styles.actions}>
        {paused ? (
          <Button onPress={() => act(() => mainApi.reminders.resume())}>Resume reminders</Button>
        ) : (
          <>
            <Button onPress={() => act(() => mainApi.reminders.pause({ choice: 'an-hour' }))}>Pause for an hour</Button>
            <Button onPress={() => act(() => mainApi.reminders.pause({ choice: 'until-tomorrow' }))}>Pause until tomorrow</Button>
            <Button onPress={() => act(() => mainApi.reminders.pause({ choice: 'until-resumed' }))}>Pause until I resume</Button>
          </>
        )}
      </div>
      {problem ? <InlineNotice>That couldn't be saved, so reminders are as they were. You can try again.</InlineNotice> : null}
    </div>
  );
}
