import { describe, expect, it } from 'vitest';
import { MAX_PASSPHRASE_CODE_POINTS, normalizePassphrase, validatePassphraseInput } from './passphrase';

describe('normalizePassphrase', () => {
  it.each([
    ['café', 'cafe\u0301'],
    ['Ångström', 'A\u030Angstro\u0308m'],
    ['Ångström', '\u212Bngstro\u0308m'], // the Angstrom sign is canonically Å
    ['한국어', '\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165'],
  ])('gives %j for the NFC and the NFD spelling', (composed, decomposed) => {
    expect(composed).not.toBe(decomposed);
    expect(normalizePassphrase(composed)).toBe(normalizePassphrase(decomposed));
    expect(normalizePassphrase(decomposed)).toBe(composed.normalize('NFC'));
  });

  it('keeps case, spaces and compatibility characters as typed (NFC, not NFKC)', () => {
    expect(normalizePassphrase(' Two  Words ')).toBe(' Two  Words ');
    expect(normalizePassphrase('ﬁ')).toBe('ﬁ');
  });
});

describe('validatePassphraseInput', () => {
  it.each<[string, string, ReturnType<typeof validatePassphraseInput>]>([
    ['empty', '', { ok: false, reason: 'empty' }],
    ['a single space', ' ', { ok: true, normalized: ' ' }],
    ['a sentence', 'we walk by the river', { ok: true, normalized: 'we walk by the river' }],
    ['decomposed café', 'cafe\u0301', { ok: true, normalized: 'café' }],
    ['emoji and right-to-left text', '🔥 שלום 🙂', { ok: true, normalized: '🔥 שלום 🙂' }],
    ['control characters', 'tab\there\u0007', { ok: true, normalized: 'tab\there\u0007' }],
    ['a lone surrogate', 'abc\uD83D', { ok: false, reason: 'malformed' }],
  ])('%s', (_name, input, expected) => {
    expect(validatePassphraseInput(input)).toEqual(expected);
  });

  it('accepts exactly the limit in code points, counting an emoji as one', () => {
    const atLimit = '🙂'.repeat(MAX_PASSPHRASE_CODE_POINTS);
    expect(atLimit.length).toBe(2 * MAX_PASSPHRASE_CODE_POINTS);
    expect(validatePassphraseInput(atLimit).ok).toBe(true);
    expect(validatePassphraseInput(atLimit + 'x')).toEqual({ ok: false, reason: 'too-long' });
  });

  it('measures the limit after NFC: 1024 decomposed letters are 2048 units but 1024 characters', () => {
    const decomposed = 'e\u0301'.repeat(MAX_PASSPHRASE_CODE_POINTS);
    expect(validatePassphraseInput(decomposed)).toEqual({ ok: true, normalized: 'é'.repeat(MAX_PASSPHRASE_CODE_POINTS) });
  });

  it('refuses a 1 MB paste as too long without normalising it', () => {
    const megabyte = 'e\u0301'.repeat(500_000);
    const original = String.prototype.normalize;
    let normalizeCalls = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      normalizeCalls++;
      return original.call(this, form);
    };
    try {
      expect(validatePassphraseInput(megabyte)).toEqual({ ok: false, reason: 'too-long' });
    } finally {
      String.prototype.normalize = original;
    }
    expect(normalizeCalls).toBe(0);
  });

  it('treats a non-string as empty', () => {
    expect(validatePassphraseInput(undefined as unknown as string)).toEqual({ ok: false, reason: 'empty' });
  });
});
