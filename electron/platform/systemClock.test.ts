import { describe, expect, it } from 'vitest';
import { zoneFromLocaltimeLink } from './systemClock';

describe('reading the system zone from /etc/localtime', () => {
  it.each([
    ['/usr/share/zoneinfo/Europe/London', 'Europe/London'],
    ['../usr/share/zoneinfo/America/New_York', 'America/New_York'],
    ['/var/db/timezone/zoneinfo/Australia/Lord_Howe', 'Australia/Lord_Howe'],
    ['/usr/share/zoneinfo/Not/AZone', null],
    ['/etc/some-file', null],
  ])('%s → %s', (target, zone) => {
    expect(zoneFromLocaltimeLink(target)).toBe(zone);
  });
});
