import { describe, expect, it } from 'vitest';
import { recoveryKeyFileText, recoveryKeyGroups } from './recoveryKeyText';

const KEY = '7K3M-Q2XD-0000-1111-2222-3333-4444-5555-6666-7777-8888-9999-AAAA-BBBB';

describe('recoveryKeyGroups', () => {
  it('splits a key into its fourteen groups', () => {
    expect(recoveryKeyGroups(KEY)).toHaveLength(14);
    expect(recoveryKeyGroups(KEY)[0]).toBe('7K3M');
  });
});

describe('recoveryKeyFileText', () => {
  it('holds the key whole, says whose it is and what it is for', () => {
    const text = recoveryKeyFileText(KEY, 'Ada', new Date('2025-03-04T10:00:00Z'));
    expect(text.split('\n')[0]).toBe('Hearth recovery key for Ada');
    expect(text).toContain(`\n${KEY}\n`);
    expect(text).toContain('Made on 2025-03-04.');
    expect(text).toMatch(/forgotten/);
  });

  it('leaves the name out when there is none', () => {
    expect(recoveryKeyFileText(KEY, undefined, new Date(0)).split('\n')[0]).toBe('Hearth recovery key');
  });
});
