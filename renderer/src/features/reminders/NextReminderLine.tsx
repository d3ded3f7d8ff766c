/** Today's one line about reminders: the next one (its ritual and when), or that none is set or they are paused. */
import { useSettings } from '@renderer/lib/settings';
import { BellIcon } from '@renderer/ui/icons';
import { nextReminderWords } from './reminderWording';
import { useReminderStatus } from './useReminderStatus';
import styles from './ReminderSection.module.css';

export function NextReminderLine() {
  const { settings } = useSettings();
  const { state } = useReminderStatus(settings.reminders);
  if (state.status !== 'ready') return null;
  return (
    <p className={styles.line}>
      <BellIcon className={styles.lineIcon} />
      {nextReminderWords(state.value, state.value.now)}
    </p>
  );
}
