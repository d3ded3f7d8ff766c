/**
 * The couple's card marks while the screen is open: loaded once through CardStateRepo, then replaced by
 * what the repo answers after each change. Only one partner is unlocked at a time on this computer, so
 * nothing else changes them meanwhile.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CardMarks } from './cardMarks';
import { CardStateRepo, type CardStateStore } from './cardStateRepo';

export type MarksState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; marks: CardMarks };

export interface CardMarksApi {
  state: MarksState;
  retry: () => void;
  /** Answers false (and leaves the marks as they were) when the change could not be saved. */
  change: (cardId: string, change: { isFavourite?: boolean; isDone?: boolean }) => Promise<boolean>;
}

export function useCardMarks(store: CardStateStore): CardMarksApi {
  const repo = useMemo(() => new CardStateRepo(store), [store]);
  const [state, setState] = useState<MarksState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    repo.load().then(
      (marks) => isCurrent && setState({ status: 'ready', marks }),
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

  const change = useCallback(
    async (cardId: string, patch: { isFavourite?: boolean; isDone?: boolean }) => {
      try {
        const marks = await repo.change(cardId, patch);
        setState({ status: 'ready', marks });
        return true;
      } catch (error) {
        console.warn('A card mark could not be saved', error instanceof Error ? error.name : 'unknown');
        return false;
      }
    },
    [repo],
  );

  return { state, retry, change };
}
