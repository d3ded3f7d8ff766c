/**
 * Where this partner's round of the deck stands, and which categories they draw from. Kept as a sealed
 * draft in their private space (slot `cards:deck`), so a round survives leaving the screen, locking and
 * restarting without ever repeating a card; nothing a person wrote is in it, only card ids. Saved after
 * every draw, through the data core's useDraft; a failed save only means the round may start afresh next time.
 */
import { useCallback, useState } from 'react';
import { z } from 'zod';
import { useDraft } from '@renderer/data';
import { CARD_CATEGORIES, type CardCategory } from '@shared/content';
import { drawCard, NEW_DECK, parseCategories, parseDeckState, shuffleAgain, type DeckState, type RandomSource } from './deck';

export const DECK_DRAFT_SLOT = 'cards:deck';

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

/** Reads a kept round: anything unknown falls back to a fresh deck and every category. */
const savedDeckSchema = z.unknown().transform((value): SavedDeck => {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as { categories?: unknown };
  return { ...parseDeckState(value), categories: parseCategories(raw.categories) };
});

export function useDeck(random: RandomSource = Math.random): DeckApi {
  const kept = useDraft(DECK_DRAFT_SLOT, savedDeckSchema, { delayMs: 0 });
  /** The round as changed on this screen; until the first change, the round kept last time. */
  const [changed, setChanged] = useState<SavedDeck | null>(null);
  const { restored, keep, flush } = kept;
  const current = changed ?? restored ?? FRESH_DECK;

  const commit = useCallback(
    (next: SavedDeck) => {
      setChanged(next);
      keep(next);
      void flush();
    },
    [keep, flush],
  );

  const draw = useCallback(() => {
    const result = drawCard(current, current.categories, random);
    commit({ ...result.state, categories: current.categories });
  }, [commit, current, random]);

  const shuffle = useCallback(() => {
    commit({ ...shuffleAgain(current, current.categories), categories: current.categories });
  }, [commit, current]);

  const choose = useCallback(
    (categories: readonly CardCategory[]) => {
      commit({ ...current, categories: CARD_CATEGORIES.filter((c) => categories.includes(c)) });
    },
    [commit, current],
  );

  return { isReady: changed !== null || restored !== undefined, state: current, categories: current.categories, draw, shuffle, choose };
}
