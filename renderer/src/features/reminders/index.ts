/** Reminders in the page: Settings › Reminders, Today's next-reminder line, and notices from main. */
export { NextReminderLine } from './NextReminderLine';
export { PageNotices } from './PageNotices';
export { ReminderSection } from './ReminderSection';
