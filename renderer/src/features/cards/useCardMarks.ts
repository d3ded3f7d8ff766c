/**
 * The couple's card marks while the screen is open: loaded once through CardStateRepo, then replaced by
 * what the repo answers after each change. Only one partner is unlocked at a time on this computer, so
 * nothing else changes them meanwhile.
 */
import { useCallback, useMemo } from 'react';
import { useLoad } from '@renderer/lib/useLoad';
import type { CardMarks } from './cardMarks';
import type { RecordStore } from '@renderer/data';
import { CardStateRepo } from './cardStateRepo';

export type MarksState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; marks: CardMarks };

export interface CardMarksApi {
  state: MarksState;
  retry: () => void;
  /** Answers false (and leaves the marks as they were) when the change could not be saved. */
  change: (cardId: string, change: { isFavourite?: boolean; isDone?: boolean }) => Promise<boolean>;
}

export function useCardMarks(store: RecordStore): CardMarksApi {
  const repo = useMemo(() => new CardStateRepo(store), [store]);
  const load = useCallback(() => repo.load(), [repo]);
  const { state: loaded, retry, replace } = useLoad(load);
  const state: MarksState = loaded.status === 'ready' ? { status: 'ready', marks: loaded.value } : loaded;

  const change = useCallback(
    async (cardId: string, patch: { isFavourite?: boolean; isDone?: boolean }) => {
      try {
        const marks = await repo.change(cardId, patch);
        replace(() => marks);
        return true;
      } catch (error) {
        console.warn('A card mark could not be saved', error instanceof Error ? error.name : 'unknown');
        return false;
      }
    },
    [repo, replace],
  );

  return { state, retry, change };
}
