/**
 * The check-in form's answers, kept as an encrypted draft through the data core's useDraft while the person
 * is answering: saved a moment after each change, when the form closes, and before the app locks. One draft
 * per kind (`checkin:quick`, `checkin:weekly`), forgotten once the check-in is saved, so a saved check-in never
 * comes back as a "restored" draft.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { useDraft } from '@renderer/data';
import { answersFromDraft, type CheckinAnswers, type CheckinKind } from '../checkinAnswers';

const AUTOSAVE_DELAY_MS = 700;

export function draftSlot(kind: CheckinKind): string {
  return `checkin:${kind}`;
}

export function useCheckinDraft(kind: CheckinKind, fallback: CheckinAnswers) {
  const schema = useMemo(() => z.unknown().transform((value) => answersFromDraft(value, kind)), [kind]);
  const kept = useDraft(draftSlot(kind), schema, { delayMs: AUTOSAVE_DELAY_MS });
  const [answers, setAnswers] = useState<CheckinAnswers | null>(null);
  const [wasRestored, setWasRestored] = useState(false);
  const latest = useRef<CheckinAnswers>(fallback);
  const fallbackRef = useRef(fallback);
  const { restored, keep, discard } = kept;

  useEffect(() => {
    if (restored === undefined) return;
    const initial = restored ?? fallbackRef.current;
    latest.current = initial;
    setAnswers(initial);
    setWasRestored(restored !== null);
  }, [restored]);

  const update = useCallback(
    (patch: Partial<CheckinAnswers>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setAnswers(next);
      keep(next);
    },
    [keep],
  );

  /** After a successful save: the draft is no longer needed. */
  const clear = useCallback(async () => {
    setWasRestored(false);
    await discard();
  }, [discard]);

  return { answers, wasRestored, update, clear, draft: kept };
}
