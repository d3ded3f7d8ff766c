/**
 * Favourite and "done" marks on cards, as the couple shares them. Each partner keeps one sealed record per
 * card they have touched (the store lets a partner change only their own records), so the couple's mark
 * for a card is whichever of the two records changed last: if Ada keeps a card and Bo later puts it
 * back, it is no longer kept. Pure: reading and merging only; cardStateRepo.ts stores them.
 */
import { z } from 'zod';
import { cardById } from '@shared/content';
import type { PartnerSlot } from '@shared/partners';
import type { Stored } from '@renderer/data';

/**
 * What is sealed in a 'cardState' record: a mark on a card of our deck. A mark on a card the deck no longer
 * has does not parse, so it reads as unreadable and is passed over (never deleted).
 */
export const cardStatePayloadSchema = z
  .object({
    cardId: z.string().min(1).max(64),
    isFavourite: z.boolean(),
    isDone: z.boolean(),
    /** When it was last marked done (milliseconds), or null. */
    doneAt: z.number().int().nonnegative().nullable(),
  })
  .strict()
  .refine((mark) => cardById(mark.cardId) !== undefined, { message: 'not a card of the deck' });

export type CardStatePayload = z.infer<typeof cardStatePayloadSchema>;

/** The couple's mark on one card, and who changed it last. */
export interface CardMark extends CardStatePayload {
  changedAt: number;
  changedBy: PartnerSlot;
}

export type CardMarks = ReadonlyMap<string, CardMark>;

export const NO_MARK: CardStatePayload = { cardId: '', isFavourite: false, isDone: false, doneAt: null };

/** The couple's marks: for each card, the readable record that changed last. */
export function mergeMarks(records: readonly Stored<CardStatePayload>[]): CardMarks {
  const marks = new Map<string, CardMark>();
  for (const record of records) {
    if (record.status !== 'ok') continue;
    const known = marks.get(record.value.cardId);
    if (known && known.changedAt >= record.updatedAt) continue;
    marks.set(record.value.cardId, { ...record.value, changedAt: record.updatedAt, changedBy: record.author });
  }
  return marks;
}

/** The new mark after a change, keeping what the change does not touch; "done" remembers when. */
export function applyChange(
  current: CardStatePayload,
  cardId: string,
  change: { isFavourite?: boolean; isDone?: boolean },
  now: number,
): CardStatePayload {
  const isFavourite = change.isFavourite ?? current.isFavourite;
  const isDone = change.isDone ?? current.isDone;
  const doneAt = !isDone ? null : change.isDone === true && !current.isDone ? now : current.doneAt ?? now;
  return { cardId, isFavourite, isDone, doneAt };
}

/** The marked cards of one sort, most recently changed first (done cards by when they were done). */
export function markedCards(marks: CardMarks, sort: 'favourites' | 'done'): CardMark[] {
  const chosen = [...marks.values()].filter((mark) => (sort === 'favourites' ? mark.isFavourite : mark.isDone));
  const when = (mark: CardMark) => (sort === 'done' ? (mark.doneAt ?? mark.changedAt) : mark.changedAt);
  return chosen.sort((x, y) => when(y) - when(x));
}
