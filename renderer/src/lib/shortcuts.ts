/**
 * Keyboard shortcuts for moving between places: Ctrl+1 to Ctrl+9 (Cmd on macOS) open the places in the
 * order of ROUTE_IDS, which is also the sidebar's order. Pure, so it is tested without a DOM.
 */
import { ROUTE_IDS, type RouteId } from '@shared/routes';

/** The parts of a keyboard event the mapping reads. */
export interface ShortcutKeys {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The place a key press asks for, or null when it is not one of ours. */
export function routeForShortcut(keys: ShortcutKeys, isMac: boolean): RouteId | null {
  const hasModifier = isMac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey;
  if (!hasModifier || keys.altKey || keys.shiftKey) return null;
  if (!/^[1-9]$/.test(keys.key)) return null;
  return ROUTE_IDS[Number(keys.key) - 1] ?? null;
}

/** The digit that opens a place (1 for the first). */
export function shortcutDigitFor(id: RouteId): number {
  return ROUTE_IDS.indexOf(id) + 1;
}

/** The shortcut in `aria-keyshortcuts` form, e.g. "Control+1" or "Meta+1". */
export function ariaShortcutFor(id: RouteId, isMac: boolean): string {
  return `${isMac ? 'Meta' : 'Control'}+${shortcutDigitFor(id)}`;
}

/** How the modifier key is written for people: "Cmd" on a Mac, "Ctrl" elsewhere. */
export function modifierLabel(isMac: boolean): string {
  return isMac ? 'Cmd' : 'Ctrl';
}

/** Whether this computer is a Mac, from the browser's own report (no bridge call needed). */
export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> = navigator): boolean {
  return /Mac OS X|Macintosh/.test(nav.userAgent);
}
