/**
 * Saves what a person is writing a moment after they stop typing, at once when asked (before a lock, when a
 * field goes away), one write at a time, so a late save never brings back a draft that was just cleared.
 * Pure: the storage and the timer come in from outside, so useDraft.ts wires it to the vault and tests drive
 * it with fake timers. Never loses words: a failed save keeps the value pending, and the next change or
 * flush tries again.
 */

/** How long after the last change a draft is saved. */
export const AUTOSAVE_DELAY_MS = 500;

/** Where one draft goes: a slot of the DraftStore. */
export interface DraftStorage<T> {
  save(value: T): Promise<void>;
  clear(): Promise<void>;
}

export interface DraftAutosaveOptions<T> {
  delayMs?: number;
  /** A blank value clears the stored draft instead of saving it. */
  isBlank?: (value: T) => boolean;
  /** Told when a save fails (the words stay on screen and pending; the next change or flush tries again). */
  onError?: (error: unknown) => void;
  /** Told when a write succeeded and nothing newer waits (a problem shown before can go). */
  onSaved?: () => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Saves the latest value a moment after the last change; flushes on demand; runs one write at a time. */
export class DraftAutosave<T> {
  #storage: DraftStorage<T>;
  #delayMs: number;
  #isBlank: (value: T) => boolean;
  #onError: (error: unknown) => void;
  #onSaved: () => void;
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
    this.#onSaved = options.onSaved ?? (() => undefined);
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
      this.#enqueue(
        () => (this.#isBlank(value) ? this.#storage.clear() : this.#storage.save(value)),
        // A failed write stays pending, unless something newer came meanwhile, so no word is dropped.
        () => void (this.#pending ??= pending),
      );
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

  #enqueue(work: () => Promise<void>, onFailure: () => void = () => undefined): void {
    this.#queue = this.#queue.then(work).then(
      () => {
        if (!this.#pending) this.#onSaved();
      },
      (error: unknown) => {
        onFailure();
        this.#onError(error);
      },
    );
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) this.#clearTimer(this.#timer);
    this.#timer = undefined;
  }
}
