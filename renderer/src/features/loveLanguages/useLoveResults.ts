/** Both partners' love-language results while the screen is open, loaded through AssessmentRepo. */
import { useCallback, useMemo } from 'react';
import { useLoad } from '@renderer/lib/useLoad';
import type { AssessmentAnswers } from '@shared/content';
import type { RecordStore } from '@renderer/data';
import { AssessmentRepo, type ResultsByPartner } from './assessmentRepo';

export type ResultsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; results: ResultsByPartner };

export function useLoveResults(store: RecordStore) {
  const repo = useMemo(() => new AssessmentRepo(store), [store]);
  const load = useCallback(() => repo.results(), [repo]);
  const { state: loaded, retry, replace } = useLoad(load);
  const state: ResultsState = loaded.status === 'ready' ? { status: 'ready', results: loaded.value } : loaded;

  /** Saves complete answers as this partner's result; answers false when it could not be saved. */
  const save = useCallback(
    async (answers: AssessmentAnswers) => {
      try {
        const saved = await repo.save(answers);
        replace((current) => ({ ...current, [saved.author]: saved }));
        return true;
      } catch (error) {
        console.warn('A love-language result could not be saved', error instanceof Error ? error.name : 'unknown');
        return false;
      }
    },
    [repo, replace],
  );

  return { state, retry, save };
}
