/**
 * The assessment in progress, kept as this partner's sealed draft through the data core's useDraft: saved
 * after every answer (no wait: an answer is a single press), and before a lock, so stopping (or the computer
 * sleeping) loses nothing.
 */
import { useCallback, useState } from 'react';
import { z } from 'zod';
import { useDraft } from '@renderer/data';
import { ASSESSMENT_DRAFT_SLOT, parseProgress, type AssessmentProgress } from './assessmentDraft';

const progressSchema = z.unknown().transform(parseProgress);

export function useAssessmentDraft() {
  const kept = useDraft(ASSESSMENT_DRAFT_SLOT, progressSchema, { delayMs: 0 });
  /** As changed on this screen (null: cleared); until the first change, what was kept last time. */
  const [changed, setChanged] = useState<{ progress: AssessmentProgress | null } | null>(null);
  const { restored, keep: keepDraft, flush, discard } = kept;
  /** undefined while loading; null when there is no assessment in progress. */
  const progress = changed ? changed.progress : restored;

  const keep = useCallback(
    (next: AssessmentProgress) => {
      setChanged({ progress: next });
      keepDraft(next);
      void flush();
    },
    [keepDraft, flush],
  );

  const clear = useCallback(() => {
    setChanged({ progress: null });
    void discard();
  }, [discard]);

  return { progress, keep, clear, draft: kept };
}
