/**
 * Wires the composer's draft to the vault: reads it back when the composer opens, saves it a moment after
 * typing stops, saves it at once before the app locks (and when the composer closes), and clears it once
 * the entry is saved. The draft is sealed under the writer's private key by the vault's DraftRepo.
 */
import { useEffect, useMemo, useRef } from 'react';
import { DraftAutosave, isBlankDraft, NEW_ENTRY_DRAFT_SLOT, parseDraft, type JournalDraft } from './journalDraft';

/** What the journal needs of the vault's DraftRepo. */
export interface DraftsPort {
  save<T>(slot: string, value: T): Promise<void>;
  load<T>(slot: string): Promise<T | undefined>;
  clear(slot: string): Promise<void>;
}

/** Registers work to run before the app locks; answers a function that unregisters it. */
export type BeforeLock = (work: () => Promise<void>) => () => void;

interface UseJournalDraftOptions {
  drafts: DraftsPort;
  beforeLock: BeforeLock;
  /** Called once, with the draft found when the composer opened (if any). */
  onRestore: (draft: JournalDraft) => void;
}

export interface JournalDraftApi {
  /** The composer's latest state; saved a moment later. */
  change: (draft: JournalDraft) => void;
  /** Forgets the draft (after the entry was saved). */
  discard: () => Promise<void>;
}

export function useJournalDraft({ drafts, beforeLock, onRestore }: UseJournalDraftOptions): JournalDraftApi {
  const restore = useRef(onRestore);
  useEffect(() => {
    restore.current = onRestore;
  });

  const autosave = useMemo(
    () =>
      new DraftAutosave<JournalDraft>(
        { save: (value) => drafts.save(NEW_ENTRY_DRAFT_SLOT, value), clear: () => drafts.clear(NEW_ENTRY_DRAFT_SLOT) },
        {
          isBlank: isBlankDraft,
          onError: (error) => console.warn('The draft could not be saved', error instanceof Error ? error.name : 'unknown'),
        },
      ),
    [drafts],
  );

  useEffect(() => {
    let isCurrent = true;
    drafts
      .load<unknown>(NEW_ENTRY_DRAFT_SLOT)
      .then((value) => {
        const draft = parseDraft(value);
        if (isCurrent && draft && !isBlankDraft(draft)) restore.current(draft);
      })
      .catch((error: unknown) => console.warn('The draft could not be read', error instanceof Error ? error.name : 'unknown'));
    return () => {
      isCurrent = false;
    };
  }, [drafts]);

  useEffect(() => {
    const unregister = beforeLock(() => autosave.flush());
    return () => {
      unregister();
      void autosave.flush();
    };
  }, [autosave, beforeLock]);

  return useMemo(() => ({ change: (draft: JournalDraft) => autosave.change(draft), discard: () => autosave.discard() }), [autosave]);
}
