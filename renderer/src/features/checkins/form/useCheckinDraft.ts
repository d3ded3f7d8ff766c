/**
 * The check-in form's answers, kept as an encrypted draft while the person is answering: saved a moment
 * after each change, when the form closes, and once more just before the app locks, so neither a crash nor
 * a lock loses what they wrote. One draft per kind (`checkin:quick`, `checkin:weekly`), cleared on save.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultService } from '@renderer/data/service/vaultService';
import { answersFromDraft, type CheckinAnswers, type CheckinKind } from '../checkinAnswers';

export type DraftHost = Pick<VaultService, 'drafts' | 'beforeLock'>;

const AUTOSAVE_DELAY_MS = 700;

export function draftSlot(kind: CheckinKind): string {
  return `checkin:${kind}`;
}

export function useCheckinDraft(host: DraftHost, kind: CheckinKind, fallback: CheckinAnswers) {
  const slot = draftSlot(kind);
  const [answers, setAnswers] = useState<CheckinAnswers | null>(null);
  const [wasRestored, setWasRestored] = useState(false);
  const latest = useRef({ answers: fallback, isDirty: false });
  const fallbackRef = useRef(fallback);

  const flush = useCallback(async () => {
    if (!latest.current.isDirty) return;
    await host.drafts.save(slot, latest.current.answers);
  }, [host, slot]);

  useEffect(() => {
    let isCurrent = true;
    const start = (restored: CheckinAnswers | null) => {
      if (!isCurrent) return;
      const initial = restored ?? fallbackRef.current;
      latest.current = { answers: initial, isDirty: false };
      setAnswers(initial);
      setWasRestored(restored !== null);
    };
    host.drafts.load<unknown>(slot).then((value) => start(answersFromDraft(value, kind)), () => start(null));
    return () => {
      isCurrent = false;
    };
  }, [host, slot, kind]);

  useEffect(() => host.beforeLock(flush), [host, flush]);

  // Closing the form (another tab, the other kind) saves what was typed since the last autosave.
  useEffect(() => () => void flush().catch(() => undefined), [flush]);

  useEffect(() => {
    if (!answers || !latest.current.isDirty) return;
    const timer = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [answers, flush]);

  const update = useCallback((patch: Partial<CheckinAnswers>) => {
    const next = { ...latest.current.answers, ...patch };
    latest.current = { answers: next, isDirty: true };
    setAnswers(next);
  }, []);

  /** After a successful save: the draft is no longer needed. */
  const clear = useCallback(async () => {
    latest.current = { ...latest.current, isDirty: false };
    setWasRestored(false);
    await host.drafts.clear(slot);
  }, [host, slot]);

  return { answers, wasRestored, update, clear };
}
