/**
 * The composer's draft: its shape, how it is read back, when the length counter shows, and the autosave
 * that writes it a moment after typing stops. Pure: the storage and the timer come in from outside, so
 * useJournalDraft.ts wires it to the vault and the tests drive it with fake timers.
 *
 * Never loses words: a draft is kept whatever its length (even past the entry limit), saves run one after
 * another so a late save cannot bring back a draft that was just cleared, and `flush` writes what is
 * pending at once (before a lock, when the composer closes).
 */
import { z } from 'zod';
import { characterCount, MAX_TEXT_CHARACTERS, type Space } from './appreciation';

/** The drafts slot of the journal's composer (one per partner). */
export const NEW_ENTRY_DRAFT_SLOT = 'journal:new';

/** The counter shows from here on, so it only appears near the limit. */
export const COUNTER_FROM_CHARACTERS = 18_000;

export const AUTOSAVE_DELAY_MS = 500;

export interface JournalDraft {
  text: string;
  tags: string[];
  space: Space;
  promptId?: string;
}

const draftSchema = z.object({
  text: z.string(),
  tags: z.array(z.string()).max(100).default([]),
  space: z.enum(['us', 'private']).default('us'),
  promptId: z.string().optional(),
});

/** A stored draft, or null when there is none or it is not a draft we understand. */
export function parseDraft(value: unknown): JournalDraft | null {
  const result = draftSchema.safeParse(value);
  if (!result.success) return null;
  const { promptId, ...rest } = result.data;
  return promptId ? { ...rest, promptId } : rest;
}

/** Nothing worth keeping: no words, no tags, no prompt chosen. */
export function isBlankDraft(draft: JournalDraft): boolean {
  return draft.text.trim() === '' && draft.tags.length === 0 && !draft.promptId;
}

export type LengthState =
  | { kind: 'quiet'; count: number }
  | { kind: 'near'; count: number; left: number }
  | { kind: 'over'; count: number; over: number };

/** Whether to show the counter, and how: nothing far from the limit, a count near it, a message past it. */
export function lengthState(text: string): LengthState {
  const count = characterCount(text);
  if (count > MAX_TEXT_CHARACTERS) return { kind: 'over', count, over: count - MAX_TEXT_CHARACTERS };
  if (count >= COUNTER_FROM_CHARACTERS) return { kind: 'near', count, left: MAX_TEXT_CHARACTERS - count };
  return { kind: 'quiet', count };
}

/** Where drafts go: the vault's DraftRepo for one slot. */
export interface DraftStorage<T> {
  save(value: T): Promise<void>;
  clear(): Promise<void>;
}

export interface DraftAutosaveOptions<T> {
  delayMs?: number;
  /** A blank value clears the stored draft instead of saving it. */
  isBlank?: (value: T) => boolean;
  /** Told when a save fails (the words stay on screen; the next change tries again). */
  onError?: (error: unknown) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Saves the latest value a moment after the last change; flushes on demand; runs one write at a time. */
export class DraftAutosave<T> {
  #storage: DraftStorage<T>;
  #delayMs: number;
  #isBlank: (value: T) => boolean;
  #onError: (error: unknown) => void;
  #setTimer: (run: () => void, ms: number) => unknown;
  #clearTimer: (timer: unknown) => void;
  #timer: unknown = undefined;
  #pending: { value: T } | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(storage: DraftStorage<T>, options: DraftAutosaveOptions<T> = {}) {
    this.#storage = storage;
    this.#delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.#isBlank = options.isBlank ?? (() => false);
    this.#onError = options.onError ?? (() => undefined);
    this.#setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.#clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** True while a change waits for its save. */
  get hasPending(): boolean {
    return this.#pending !== undefined;
  }

  /** Records the latest value and (re)starts the wait. */
  change(value: T): void {
    this.#pending = { value };
    this.#stopTimer();
    this.#timer = this.#setTimer(() => void this.flush(), this.#delayMs);
  }

  /** Writes the pending value now; resolves when every write so far has finished. */
  flush(): Promise<void> {
    this.#stopTimer();
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) {
      const value = pending.value;
      this.#enqueue(() => (this.#isBlank(value) ? this.#storage.clear() : this.#storage.save(value)));
    }
    return this.#queue;
  }

  /** Forgets the pending value and clears the stored draft (after the entry was saved). */
  discard(): Promise<void> {
    this.#stopTimer();
    this.#pending = undefined;
    this.#enqueue(() => this.#storage.clear());
    return this.#queue;
  }

  #enqueue(work: () => Promise<void>): void {
    this.#queue = this.#queue.then(work).catch((error: unknown) => this.#onError(error));
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) this.#clearTimer(this.#timer);
    this.#timer = undefined;
  }
}
