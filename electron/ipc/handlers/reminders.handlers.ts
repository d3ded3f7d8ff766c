import type { ReminderScheduler } from '../../services/reminderScheduler';
import type { Handlers } from '../ipcDispatcher';

/** Reminders as the page sees them: status, pause and resume, and the planned-practice moment. */
export function remindersHandlers(
  scheduler: ReminderScheduler,
): Pick<Handlers, 'reminders:getStatus' | 'reminders:pause' | 'reminders:resume' | 'reminders:setPlannedPractice'> {
  return {
    'reminders:getStatus': () => scheduler.status(),
    'reminders:pause': ({ choice }) => scheduler.pause(choice),
    'reminders:resume': () => scheduler.resume(),
    'reminders:setPlannedPractice': ({ until }) => scheduler.setPlannedPracticeUntil(until),
  };
}
