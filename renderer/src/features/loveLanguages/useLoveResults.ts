/** Both partners' love-language results while the screen is open, loaded through AssessmentRepo. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AssessmentAnswers } from '@shared/content';
import { AssessmentRepo, type AssessmentStore, type ResultsByPartner } from './assessmentRepo';

export type ResultsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; results: ResultsByPartner };

export function useLoveResults(store: AssessmentStore) {
  const repo = useMemo(() => new AssessmentRepo(store), [store]);
  const [state, setState] = useState<ResultsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    repo.results().then(
      (results) => isCurrent && setState({ status: 'ready', results }),
      () => isCurrent && setState({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [repo, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  /** Saves complete answers as this partner's result; answers false when it could not be saved. */
  const save = useCallback(
    async (answers: AssessmentAnswers) => {
      try {
        const saved = await repo.save(answers);
        setState((current) => ({ status: 'ready', results: { ...(current.status === 'ready' ? current.results : {}), [saved.author]: saved } }));
        return true;
      } catch (error) {
        console.warn('A love-language result could not be saved', error instanceof Error ? error.name : 'unknown');
        return false;
      }
    },
    [repo],
  );

  return { state, retry, save };
}
