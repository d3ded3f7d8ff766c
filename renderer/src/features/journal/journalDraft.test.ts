import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosave, isBlankDraft, lengthState, parseDraft, type JournalDraft } from './journalDraft';

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

describe('DraftAutosave', () => {
  let stored: JournalDraft | undefined;
  let writes: string[];
  let autosave: DraftAutosave<JournalDraft>;
  const draft = (text: string): JournalDraft => ({ text, tags: [], space: 'us' });

  beforeEach(() => {
    vi.useFakeTimers();
    stored = undefined;
    writes = [];
    autosave = new DraftAutosave<JournalDraft>(
      {
        save: async (value) => {
          await Promise.resolve();
          stored = value;
          writes.push(`save:${value.text}`);
        },
        clear: async () => {
          stored = undefined;
          writes.push('clear');
        },
      },
      { delayMs: 500, isBlank: isBlankDraft },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, a moment after typing stops', async () => {
    autosave.change(draft('T'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.change(draft('Th'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.change(draft('Thanks'));
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual(['save:Thanks']);
    expect(autosave.hasPending).toBe(false);
  });

  it('writes at once when flushed (before a lock), and not again when the timer would have fired', async () => {
    autosave.change(draft('half a sentence'));
    await autosave.flush();
    expect(stored).toEqual(draft('half a sentence'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(writes).toEqual(['save:half a sentence']);
  });

  it('clears the stored draft when everything was erased', async () => {
    autosave.change(draft('something'));
    await autosave.flush();
    autosave.change(draft('   '));
    await vi.advanceTimersByTimeAsync(500);
    expect(stored).toBeUndefined();
    expect(writes).toEqual(['save:something', 'clear']);
  });

  it('after a save, a discard wins over a save that was still waiting', async () => {
    autosave.change(draft('about to be saved as an entry'));
    await autosave.discard();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stored).toBeUndefined();
    expect(writes).toEqual(['clear']);
  });

  it('runs writes one after another, in order', async () => {
    autosave.change(draft('one'));
    const first = autosave.flush();
    const cleared = autosave.discard();
    await Promise.all([first, cleared]);
    expect(writes).toEqual(['save:one', 'clear']);
    expect(stored).toBeUndefined();
  });

  it('reports a failed save and keeps working', async () => {
    const errors: unknown[] = [];
    let shouldFail = true;
    const flaky = new DraftAutosave<JournalDraft>(
      {
        save: async (value) => {
          if (shouldFail) throw new Error('locked');
          stored = value;
        },
        clear: async () => undefined,
      },
      { onError: (error) => errors.push(error) },
    );
    flaky.change(draft('first'));
    await flaky.flush();
    shouldFail = false;
    flaky.change(draft('second'));
    await flaky.flush();
    expect(errors).toHaveLength(1);
    expect(stored).toEqual(draft('second'));
  });
});
