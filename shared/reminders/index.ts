/**
 * Reminder rules, pure: when each ritual's reminder comes, quiet hours, snooze and pause, catch-up after
 * sleep. Main's scheduler runs them; the page imports only `reminderTexts.ts` (this index pulls in the date
 * library, which the page does not need).
 */
export * from './occurrences';
export * from './quietHours';
export * from './reminderTexts';
export * from './schedule';
export * from './snoozeAndPause';
export { isKnownTimeZone, localDateOf } from './wallClock';
