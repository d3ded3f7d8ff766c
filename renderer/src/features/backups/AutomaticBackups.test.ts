import { describe, expect, it } from 'vitest';
import { BACKUP_EVERY_MS, isBackupDue } from './AutomaticBackups';

const NOW = Date.UTC(2026, 11, 2, 9);

describe('when the daily backup is due', () => {
  it.each([
    ['no backup yet', undefined, true],
    ['one made an hour ago', NOW - 60 * 60 * 1000, false],
    ['one made just under a day ago', NOW - BACKUP_EVERY_MS + 1, false],
    ['one made a day ago', NOW - BACKUP_EVERY_MS, true],
    ['one dated two days ahead (a clock set wrong)', NOW + 2 * BACKUP_EVERY_MS, true],
  ])('%s: %s', (_name, newestAt, isDue) => {
    expect(isBackupDue(newestAt, NOW)).toBe(isDue);
  });
});
