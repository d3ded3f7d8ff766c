/**
 * Separator lines in the tray menu. `TrayMenuItem` (Platform.ts) has no separator kind yet, so until it
 * gains one, an item whose id is `separator` or starts with `separator-` is drawn as a line, never as a
 * clickable item. Services build them with `traySeparator`, the Electron platform reads them with
 * `isTraySeparator`; nothing else needs to know.
 */
import type { TrayMenuItem } from './Platform';

export function traySeparator(index: number): TrayMenuItem {
  return { id: `separator-${index}`, label: '', enabled: false };
}

export function isTraySeparator(item: TrayMenuItem): boolean {
  return item.id === 'separator' || item.id.startsWith('separator-');
}
