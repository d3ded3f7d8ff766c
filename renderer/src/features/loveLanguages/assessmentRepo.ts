/**
 * The love-language results: one sealed 'assessment' record per partner in the Us space, replaced when
 * they take it again. Only a complete set of answers is scored and saved, and only the scores are kept.
 * A record that cannot be read or does not fit the schema is passed over, never deleted.
 */
import { isAssessmentComplete, scoreAssessment, type AssessmentAnswers } from '@shared/content';
import { parseAssessmentPayload, type AssessmentPayload, type AssessmentResult } from './assessmentResult';
import type { OpenedRecord, PartnerSlot, SealedStore } from './storeShape';

const KIND = 'assessment';
const MAX_RECORDS = 50;

export type AssessmentStore = SealedStore<typeof KIND>;
export type ResultsByPartner = Partial<Record<PartnerSlot, AssessmentResult>>;

export class IncompleteAssessmentError extends Error {
  constructor() {
    super('Every question needs an answer before the result can be saved.');
    this.name = 'IncompleteAssessmentError';
  }
}

export class AssessmentRepo {
  #store: AssessmentStore;

  constructor(store: AssessmentStore) {
    this.#store = store;
  }

  /** Each partner's latest readable result. */
  async results(): Promise<ResultsByPartner> {
    const found: ResultsByPartner = {};
    for (const record of await this.#store.newest(KIND, MAX_RECORDS)) {
      const payload = record.status === 'ok' ? parseAssessmentPayload(record.payload) : null;
      const known = found[record.author];
      if (!payload || (known && known.takenAt >= record.updatedAt)) continue;
      found[record.author] = { author: record.author, scores: payload.scores, takenAt: record.updatedAt };
    }
    return found;
  }

  /** Scores complete answers and saves the result for the partner who is here; answers the saved result. */
  async save(answers: AssessmentAnswers): Promise<AssessmentResult> {
    const scored = scoreAssessment(answers);
    if (!scored.ok || !isAssessmentComplete(answers)) throw new IncompleteAssessmentError();
    const own = await this.#ownRecord();
    const payload: AssessmentPayload = { scores: scored.scores };
    await this.#store.put({ id: own?.id, kind: KIND, keyId: 'us', payload });
    const saved = (await this.results())[this.#store.partner];
    if (!saved) throw new Error('The result was saved but could not be read back.');
    return saved;
  }

  async #ownRecord(): Promise<OpenedRecord | undefined> {
    const records = await this.#store.newest(KIND, MAX_RECORDS);
    return records
      .filter((record) => record.author === this.#store.partner)
      .sort((x, y) => y.updatedAt - x.updatedAt)[0];
  }
}
