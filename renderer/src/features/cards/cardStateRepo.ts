/**
 * The cards feature's one door to storage: the couple's favourite and "done" marks, sealed as 'cardState'
 * records in the Us space (both partners see them). One record per card per partner, replaced on each
 * change; the couple's mark is the one changed last (see cardMarks.ts). Record ids are random, so nothing
 * on disk says which cards were kept. Changes are made one after another, so two quick presses never
 * leave two records for the same card.
 */
import { applyChange, mergeMarks, NO_MARK, type CardMark, type CardMarks, type OpenedCardState, type PartnerSlot } from './cardMarks';

const KIND = 'cardState';
/** Far more than two partners' marks on every card can ever need. */
const MAX_RECORDS = 2_000;

/** What the repo needs of the vault's RecordStore, written out so the cards feature depends on the shape only. */
export interface CardStateStore {
  readonly partner: PartnerSlot;
  put<T>(input: { id?: string; kind: typeof KIND; keyId: 'us'; payload: T }): Promise<string>;
  newest(kind: typeof KIND, limit: number): Promise<OpenedCardState[]>;
}

export class CardStateRepo {
  #store: CardStateStore;
  #now: () => number;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: CardStateStore, now: () => number = Date.now) {
    this.#store = store;
    this.#now = now;
  }

  /** Every card's mark as the couple shares it. */
  async load(): Promise<CardMarks> {
    return mergeMarks(await this.#store.newest(KIND, MAX_RECORDS));
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
    const records = await this.#store.newest(KIND, MAX_RECORDS);
    const current: CardMark | undefined = mergeMarks(records).get(cardId);
    const payload = applyChange(current ?? NO_MARK, cardId, change, this.#now());
    await this.#store.put({ id: this.#ownRecordId(records, cardId), kind: KIND, keyId: 'us', payload });
    return this.load();
  }

  /** The present partner's own record for the card (the latest, should there ever be two), if any. */
  #ownRecordId(records: readonly OpenedCardState[], cardId: string): string | undefined {
    let found: { id: string; updatedAt: number } | undefined;
    for (const record of records) {
      if (record.author !== this.#store.partner || record.status !== 'ok') continue;
      const payload = record.payload as { cardId?: unknown } | null;
      if (payload?.cardId !== cardId) continue;
      if (!found || record.updatedAt > found.updatedAt) found = record;
    }
    return found?.id;
  }
}
