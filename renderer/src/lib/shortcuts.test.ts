import { describe, expect, it } from 'vitest';
import { ROUTE_IDS } from '@shared/routes';
import { ariaShortcutFor, isMacPlatform, routeForShortcut, shortcutDigitFor } from './shortcuts';

import { press } from './shortcuts.testing';

describe('routeForShortcut', () => {
  it.each([
    ['1', 'today'],
    ['2', 'journal'],
    ['3', 'checkins'],
    ['4', 'exercises'],
    ['5', 'love-languages'],
    ['6', 'cards'],
    ['7', 'guidance'],
    ['8', 'settings'],
    ['9', 'export'],
  ] as const)('Ctrl+%s opens %s on Windows and Linux', (key, route) => {
    expect(routeForShortcut(press(key, { ctrlKey: true }), false)).toBe(route);
  });

  it('uses Cmd on a Mac, and leaves Ctrl alone there', () => {
    expect(routeForShortcut(press('1', { metaKey: true }), true)).toBe('today');
    expect(routeForShortcut(press('1', { ctrlKey: true }), true)).toBeNull();
  });

  it.each([
    ['no modifier', press('1')],
    ['with Shift', press('1', { ctrlKey: true, shiftKey: true })],
    ['with Alt', press('1', { ctrlKey: true, altKey: true })],
    ['with Ctrl and Meta', press('1', { ctrlKey: true, metaKey: true })],
    ['zero', press('0', { ctrlKey: true })],
    ['a letter', press('k', { ctrlKey: true })],
  ])('ignores a key press %s', (_name, keys) => {
    expect(routeForShortcut(keys, false)).toBeNull();
  });
});

describe('shortcut labels', () => {
  it('numbers every place from 1 in ROUTE_IDS order', () => {
    expect(ROUTE_IDS.map(shortcutDigitFor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ariaShortcutFor('settings', false)).toBe('Control+8');
    expect(ariaShortcutFor('today', true)).toBe('Meta+1');
  });

  it('recognises a Mac from its user agent', () => {
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)' })).toBe(true);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
  });
});
