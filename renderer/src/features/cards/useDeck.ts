/**
 * Where this partner's round of the deck stands, and which categories they draw from. Kept as a sealed
 * draft in their private space (slot `cards:deck`), so a round survives leaving the screen, locking and
 * restarting without ever repeating a card; nothing a person wrote is in it, only card ids. Saved after
 * every draw; a failed save only means the round may start afresh next time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CARD_CATEGORIES, type CardCategory } from '@shared/content';
import { drawCard, NEW_DECK, parseCategories, parseDeckState, shuffleAgain, type DeckState, type RandomSource } from './deck';

export const DECK_DRAFT_SLOT = 'cards:deck';

/** What the hook needs of the vault's drafts. */
export interface DeckDraftHost {
  drafts: {
    load<T>(slot: string): Promise<T | undefined>;
    save<T>(slot: string, value: T): Promise<void>;
  };
}

interface SavedDeck extends DeckState {
  categories: CardCategory[];
}

const FRESH_DECK: SavedDeck = { ...NEW_DECK, categories: [...CARD_CATEGORIES] };

export interface DeckApi {
  isReady: boolean;
  state: DeckState;
  categories: readonly CardCategory[];
  draw: () => void;
  shuffle: () => void;
  choose: (categories: readonly CardCategory[]) => void;
}

export function useDeck(host: DeckDraftHost, random: RandomSource = Math.random): DeckApi {
  const [saved, setSaved] = useState<SavedDeck | null>(null);
  const latest = useRef<SavedDeck>(FRESH_DECK);

  useEffect(() => {
    let isCurrent = true;
    const start = (value: unknown) => {
      if (!isCurrent) return;
      const raw = (typeof value === 'object' && value !== null ? value : {}) as { categories?: unknown };
      const restored = { ...parseDeckState(value), categories: parseCategories(raw.categories) };
      latest.current = restored;
      setSaved(restored);
    };
    host.drafts.load<unknown>(DECK_DRAFT_SLOT).then(start, () => start(undefined));
    return () => {
      isCurrent = false;
    };
  }, [host]);

  // Saves run one after another: the draft store learns a slot's record id on its first save, so two saves
  // at once could leave two records for one slot.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const commit = useCallback(
    (next: SavedDeck) => {
      latest.current = next;
      setSaved(next);
      saving.current = saving.current
        .then(() => host.drafts.save(DECK_DRAFT_SLOT, next))
        .catch((error: unknown) => console.warn('The deck could not be saved', error instanceof Error ? error.name : 'unknown'));
    },
    [host],
  );

  const draw = useCallback(() => {
    const current = latest.current;
    const result = drawCard(current, current.categories, random);
    commit({ ...result.state, categories: current.categories });
  }, [commit, random]);

  const shuffle = useCallback(() => {
    const current = latest.current;
    commit({ ...shuffleAgain(current, current.categories), categories: current.categories });
  }, [commit]);

  const choose = useCallback(
    (categories: readonly CardCategory[]) => {
      commit({ ...latest.current, categories: CARD_CATEGORIES.filter((c) => categories.includes(c)) });
    },
    [commit],
  );

  const state = saved ?? FRESH_DECK;
  return { isReady: saved !== null, state, categories: state.categories, draw, shuffle, choose };
}
