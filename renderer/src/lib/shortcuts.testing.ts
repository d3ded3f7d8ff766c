/** For tests only: a key press as the shortcut helpers read it, with no modifier unless given. */
import type { ShortcutKeys } from './shortcuts';

export const press = (key: string, mods: Partial<ShortcutKeys> = {}): ShortcutKeys => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
