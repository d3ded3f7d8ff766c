import { describe, expect, it } from 'vitest';
import { isBlankDraft, lengthState, parseDraft } from './journalDraft';

describe('parseDraft', () => {
  it.each([
    { name: 'a full draft', value: { text: 'hi', tags: ['t'], space: 'private', promptId: 'team' }, parsed: { text: 'hi', tags: ['t'], space: 'private', promptId: 'team' } },
    { name: 'an old draft with text only', value: { text: 'half a sentence' }, parsed: { text: 'half a sentence', tags: [], space: 'us' } },
    { name: 'a draft past the entry limit (kept whole)', value: { text: 'a'.repeat(20_001) }, parsed: { text: 'a'.repeat(20_001), tags: [], space: 'us' } },
    { name: 'nothing', value: undefined, parsed: null },
    { name: 'something else', value: { text: 5 }, parsed: null },
  ])('reads $name', ({ value, parsed }) => {
    expect(parseDraft(value)).toEqual(parsed);
  });

  it.each([
    { draft: { text: ' \n', tags: [], space: 'us' as const }, isBlank: true },
    { draft: { text: 'x', tags: [], space: 'us' as const }, isBlank: false },
    { draft: { text: '', tags: ['t'], space: 'us' as const }, isBlank: false },
    { draft: { text: '', tags: [], space: 'us' as const, promptId: 'team' }, isBlank: false },
  ])('knows a blank draft ($isBlank)', ({ draft, isBlank }) => {
    expect(isBlankDraft(draft)).toBe(isBlank);
  });
});

describe('lengthState', () => {
  it.each([
    { length: 0, kind: 'quiet' },
    { length: 17_999, kind: 'quiet' },
    { length: 18_000, kind: 'near' },
    { length: 20_000, kind: 'near' },
    { length: 20_001, kind: 'over' },
  ])('$length characters: $kind', ({ length, kind }) => {
    expect(lengthState('a'.repeat(length)).kind).toBe(kind);
  });

  it('counts an emoji as one character', () => {
    expect(lengthState('🌿'.repeat(20_000))).toEqual({ kind: 'near', count: 20_000, left: 0 });
    expect(lengthState('🌿'.repeat(20_001))).toEqual({ kind: 'over', count: 20_001, over: 1 });
  });
});
