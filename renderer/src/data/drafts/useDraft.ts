/**
 * The one way a free-text field keeps its words: `useDraft(slot, schema)` reads the present partner's draft
 * for the slot when the field opens, saves the latest value a moment after typing stops, saves it at once when
 * the field goes away and before every lock (the lock waits for it, and saves again if more was typed while
 * it saved), and forgets it once the words are saved for good.
 *
 * Form state stays in the form: the caller keeps its own value and tells the hook with `keep(value)`.
 * A failed save (a full disk) is reported in `problem`; the value stays pending and is written with the
 * next change, the next flush or `retry()`. Must not: log what was written.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import { useVaultControls } from '../session/vaultContext';
import { WriteFailedError } from '../storage/writeErrors';
import { AUTOSAVE_DELAY_MS, DraftAutosave } from './draftAutosave';

export interface DraftOptions<T> {
  /** A blank value clears the stored draft instead of saving it. */
  isBlank?: (value: T) => boolean;
  delayMs?: number;
}

export interface Draft<T> {
  /** undefined while the draft is read; then null (none kept) or the value kept last time. */
  restored: T | null | undefined;
  /** The field's latest value; saved a moment later. */
  keep: (value: T) => void;
  /** Saves what is pending now (a step forward in a form, closing a dialog). */
  flush: () => Promise<void>;
  /** Forgets the draft: the words were saved for good, or the person threw them away. */
  discard: () => Promise<void>;
  /** Why the last save failed, while it has not succeeded since; the words are still in memory. */
  problem: WriteFailedError | null;
  /** Tries the failed save again. */
  retry: () => Promise<void>;
}

/**
 * Keeps the draft of `slot`. `schema` and `options.isBlank` must be stable (module-level or memoised): a new
 * one reads the draft again.
 */
export function useDraft<S extends z.ZodType>(slot: string, schema: S, options: DraftOptions<z.output<S>> = {}): Draft<z.output<S>> {
  type T = z.output<S>;
  const { service } = useVaultControls();
  const { isBlank, delayMs = AUTOSAVE_DELAY_MS } = options;
  const [loaded, setLoaded] = useState<{ slot: string; value: T | null } | null>(null);
  const [problem, setProblem] = useState<WriteFailedError | null>(null);

  const autosave = useMemo(
    () =>
      new DraftAutosave<T>(
        { save: (value) => service.drafts.save(slot, value), clear: () => service.drafts.clear(slot) },
        {
          delayMs,
          isBlank,
          onError: (error) => setProblem(error instanceof WriteFailedError ? error : new WriteFailedError()),
          onSaved: () => setProblem(null),
        },
      ),
    [service, slot, delayMs, isBlank],
  );

  useEffect(() => {
    let isCurrent = true;
    service.drafts.load(slot).then(
      (value) => {
        const parsed = value === undefined ? undefined : schema.safeParse(value);
        if (isCurrent) setLoaded({ slot, value: parsed?.success ? (parsed.data as T) : null });
      },
      () => isCurrent && setLoaded({ slot, value: null }),
    );
    return () => {
      isCurrent = false;
    };
  }, [service, slot, schema]);

  useEffect(() => {
    // Before a lock: write what is pending, then once more for what was typed while that write ran (or to
    // try a failed write again).
    const unregister = service.beforeLock(async () => {
      await autosave.flush();
      if (autosave.hasPending) await autosave.flush();
    });
    return () => {
      unregister();
      void autosave.flush();
    };
  }, [service, autosave]);

  const keep = useCallback((value: T) => autosave.change(value), [autosave]);
  const flush = useCallback(() => autosave.flush(), [autosave]);
  const discard = useCallback(() => autosave.discard(), [autosave]);

  const restored = loaded?.slot === slot ? loaded.value : undefined;
  return { restored, keep, flush, discard, problem, retry: flush };
}
