import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosave } from './draftAutosave';

interface JournalDraft {
  text: string;
  tags: string[];
  space: 'us' | 'private';
}
const isBlankDraft = (draft: JournalDraft) => draft.text.trim() === '' && draft.tags.length === 0;

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

  it('keeps a value whose save failed, and writes it on the next flush', async () => {
    let shouldFail = true;
    let saved = 0;
    const flaky = new DraftAutosave<JournalDraft>(
      {
        save: async (value) => {
          if (shouldFail) throw new Error('disk full');
          stored = value;
        },
        clear: async () => undefined,
      },
      { onSaved: () => (saved += 1) },
    );
    flaky.change(draft('words typed before the disk filled'));
    await flaky.flush();
    expect(flaky.hasPending).toBe(true);
    shouldFail = false;
    await flaky.flush();
    expect(stored).toEqual(draft('words typed before the disk filled'));
    expect(flaky.hasPending).toBe(false);
    expect(saved).toBe(1);
  });
});
