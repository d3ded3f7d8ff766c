/** The keyboard shortcut that locks Hearth: Ctrl+L (Cmd+L on a Mac). Pure, so it is tested without a DOM. */
import type { ShortcutKeys } from '@renderer/lib/shortcuts';

export function isLockShortcut(keys: ShortcutKeys, isMac: boolean): boolean {
  const hasModifier = isMac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey;
  return hasModifier && !keys.altKey && !keys.shiftKey && keys.key.toLowerCase() === 'l';
}

/** The shortcut in `aria-keyshortcuts` form. */
export function ariaLockShortcut(isMac: boolean): string {
  return isMac ? 'Meta+L' : 'Control+L';
}
