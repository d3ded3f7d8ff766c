/**
 * The assessment in progress, kept as this partner's sealed draft: saved after every answer, and a lock
 * waits for a save still under way, so stopping (or the computer sleeping) loses nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ASSESSMENT_DRAFT_SLOT, parseProgress, type AssessmentProgress } from './assessmentDraft';

/** What the hook needs of the vault service. */
export interface AssessmentDraftHost {
  drafts: {
    load<T>(slot: string): Promise<T | undefined>;
    save<T>(slot: string, value: T): Promise<void>;
    clear(slot: string): Promise<void>;
  };
  beforeLock(work: () => Promise<void>): () => void;
}

export function useAssessmentDraft(host: AssessmentDraftHost) {
  /** undefined while loading; null when there is no assessment in progress. */
  const [progress, setProgress] = useState<AssessmentProgress | null | undefined>(undefined);
  const pending = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let isCurrent = true;
    host.drafts.load<unknown>(ASSESSMENT_DRAFT_SLOT).then(
      (value) => isCurrent && setProgress(parseProgress(value)),
      () => isCurrent && setProgress(null),
    );
    return () => {
      isCurrent = false;
    };
  }, [host]);

  useEffect(() => host.beforeLock(async () => void (await pending.current)), [host]);

  const keep = useCallback(
    (next: AssessmentProgress) => {
      setProgress(next);
      pending.current = pending.current
        .then(() => host.drafts.save(ASSESSMENT_DRAFT_SLOT, next))
        .catch((error: unknown) => console.warn('The assessment could not be kept', error instanceof Error ? error.name : 'unknown'));
    },
    [host],
  );

  const clear = useCallback(() => {
    setProgress(null);
    pending.current = pending.current.then(() => host.drafts.clear(ASSESSMENT_DRAFT_SLOT)).catch(() => undefined);
  }, [host]);

  return { progress, keep, clear };
}
