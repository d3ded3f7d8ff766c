/**
 * Reminders in the page: Settings › Reminders, Today's next-reminder line, and notices from main. Each loads
 * on first use (React.lazy): the shell and Today import this index, and nothing here is needed before the
 * first screen shows. Where they sit, a Suspense boundary with no fallback lets the rest show meanwhile.
 */
import { lazy } from 'react';

export const NextReminderLine = lazy(() => import('./NextReminderLine').then((module) => ({ default: module.NextReminderLine })));
export const PageNotices = lazy(() => import('./PageNotices').then((module) => ({ default: module.PageNotices })));
export const ReminderSection = lazy(() => import('./ReminderSection').then((module) => ({ default: module.ReminderSection })));
