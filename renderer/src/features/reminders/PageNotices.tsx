/**
 * Notices from main that belong to no one screen, shown in a corner: a reminder that came where the
 * system shows no notifications (with a way to open its screen), and, once, that main found its settings
 * file unreadable and where it kept it. Fixed words only.
 */
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { eventSchemas, type SettingsNotice } from '@shared/ipc/contract';
import { REMINDER_PATHS, REMINDER_TEXTS } from '@shared/reminders/reminderTexts';
import type { ReminderKind } from '@shared/settings/reminderSettings';
import { mainApi, onMainEvent } from '@renderer/platform/bridge';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import styles from './ReminderSection.module.css';

export function PageNotices() {
  const [reminder, setReminder] = useState<ReminderKind | null>(null);
  const [settingsNotice, setSettingsNotice] = useState<SettingsNotice | null>(null);
  const [, navigate] = useLocation();

  useEffect(
    () =>
      onMainEvent('reminders:didFire', (payload) => {
        const parsed = eventSchemas['reminders:didFire'].safeParse(payload);
        if (parsed.success) setReminder(parsed.data.kind);
      }),
    [],
  );
  useEffect(() => {
    mainApi.settings.takeNotice().then(setSettingsNotice, () => undefined);
  }, []);

  if (!reminder && !settingsNotice) return null;
  return (
    <div className={styles.banner}>
      {reminder ? (
        <InlineNotice
          action={
            <>
              <Button
                variant="primary"
                onPress={() => {
                  navigate(REMINDER_PATHS[reminder]);
                  setReminder(null);
                }}
              >
                Open
              </Button>
              <Button onPress={() => setReminder(null)}>Not now</Button>
            </>
          }
        >
          {REMINDER_TEXTS[reminder].title}. {REMINDER_TEXTS[reminder].body}
        </InlineNotice>
      ) : null}
      {settingsNotice ? (
        <InlineNotice action={<Button onPress={() => setSettingsNotice(null)}>Got it</Button>}>
          Hearth couldn't read its settings file, so it started with the usual settings (your journal is not affected).
          {settingsNotice.keptAs ? ` The old file was kept as ${settingsNotice.keptAs}.` : ''}
        </InlineNotice>
      ) : null}
    </div>
  );
}
