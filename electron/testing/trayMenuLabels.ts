/**
 * For tests only: the tray menu the reminders issue lists, in order (separators as '---'; snooze items appear
 * only while a reminder waits), and the labels of a menu as built, to compare with it.
 */
import type { TrayMenuItem } from '../platform/Platform';

export const TRAY_MENU_LABELS = [
  'Open Hearth',
  "Write tonight's appreciation",
  'Check in',
  'Start the 20-minute talk',
  '---',
  'Pause reminders for an hour',
  'Pause reminders until tomorrow',
  'Resume reminders',
  '---',
  'Lock now',
  'Quit Hearth',
];

export const trayMenuLabels = (items: readonly TrayMenuItem[]): string[] => items.map((item) => (item.kind === 'separator' ? '---' : item.label));
