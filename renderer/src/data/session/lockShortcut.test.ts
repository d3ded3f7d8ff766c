import { describe, expect, it } from 'vitest';
import { isLockShortcut } from './lockShortcut';

import { press as keys } from '@renderer/lib/shortcuts.testing';

describe('isLockShortcut', () => {
  it.each([
    ['Ctrl+L elsewhere', keys('l', { ctrlKey: true }), false, true],
    ['Ctrl+L with Caps Lock on', keys('L', { ctrlKey: true }), false, true],
    ['Cmd+L on a Mac', keys('l', { metaKey: true }), true, true],
    ['Ctrl+L on a Mac', keys('l', { ctrlKey: true }), true, false],
    ['Cmd+L elsewhere', keys('l', { metaKey: true }), false, false],
    ['Ctrl+Shift+L', keys('L', { ctrlKey: true, shiftKey: true }), false, false],
    ['a plain l', keys('l'), false, false],
    ['Ctrl+K', keys('k', { ctrlKey: true }), false, false],
  ])('%s', (_name, pressed, isMac, expected) => {
    expect(isLockShortcut(pressed, isMac)).toBe(expected);
  });
});
