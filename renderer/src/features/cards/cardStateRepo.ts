/**
 * The cards feature's one door to storage: the couple's favourite and "done" marks, sealed as 'cardState'
 * records in the Us space (both partners see them). One record per card per partner, replaced on each
 * change; the couple's mark is the one changed last (see cardMarks.ts). Record ids are random, so nothing
 * on disk says which cards were kept. Changes are made one after another, so two quick presses never
 * leave two records for the same card.
 */
import { collection, type Collection, type RecordStore, type Stored } from '@renderer/data';
import { applyChange, cardStatePayloadSchema, mergeMarks, NO_MARK, type CardMarks, type CardStatePayload } from './cardMarks';

/** Far more than two partners' marks on every card can ever need. */
const MAX_RECORDS = 2_000;

export class CardStateRepo {
  #marks: Collection<CardStatePayload>;
  #now: () => number;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: RecordStore, now: () => number = Date.now) {
    this.#marks = collection(store, 'cardState', cardStatePayloadSchema);
    this.#now = now;
  }

  /** Every card's mark as the couple shares it. */
  async load(): Promise<CardMarks> {
    return mergeMarks(await this.#marks.newest(MAX_RECORDS));
  }

  /**
   * Keeps or puts back a card, or marks it done or not done, for the couple; answers all marks after the
   * change. Waits for any change still being saved first.
   */
  change(cardId: string, change: { isFavourite?: boolean; isDone?: boolean }): Promise<CardMarks> {
    const next = this.#queue.then(() => this.#change(cardId, change));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #change(cardId: string, change: { isFavourite?: boolean; isDone?: boolean }): Promise<CardMarks> {
    const records = await this.#marks.newest(MAX_RECORDS);
    const marks = mergeMarks(records);
    const value = applyChange(marks.get(cardId) ?? NO_MARK, cardId, change, this.#now());
    const stored = await this.#marks.put(value, { id: this.#ownRecordId(records, cardId), space: 'us' });
    return mergeMarks([...records.filter((record) => record.id !== stored.id), stored]);
  }

  /** The present partner's own record for the card (the latest, should there ever be two), if any. */
  #ownRecordId(records: readonly Stored<CardStatePayload>[], cardId: string): string | undefined {
    let found: { id: string; updatedAt: number } | undefined;
    for (const record of records) {
      if (record.author !== this.#marks.partner || record.status !== 'ok' || record.value.cardId !== cardId) continue;
      if (!found || record.updatedAt > found.updatedAt) found = record;
    }
    return found?.id;
  }
}
