/**
 * The love-language results: one sealed 'assessment' record per partner in the Us space, replaced when
 * they take it again. Only a complete set of answers is scored and saved, and only the scores are kept.
 * A record that cannot be read or does not fit the schema is passed over, never deleted. Stored through the
 * data core's assessment collection.
 */
import { isAssessmentComplete, scoreAssessment, type AssessmentAnswers } from '@shared/content';
import type { PartnerSlot } from '@shared/partners';
import { collection, type Collection, type RecordStore, type Stored } from '@renderer/data';
import { assessmentPayloadSchema, type AssessmentPayload, type AssessmentResult } from './assessmentResult';

const MAX_RECORDS = 50;

export type ResultsByPartner = Partial<Record<PartnerSlot, AssessmentResult>>;

export class IncompleteAssessmentError extends Error {
  constructor() {
    super('Every question needs an answer before the result can be saved.');
    this.name = 'IncompleteAssessmentError';
  }
}

export class AssessmentRepo {
  #results: Collection<AssessmentPayload>;

  constructor(store: RecordStore) {
    this.#results = collection(store, 'assessment', assessmentPayloadSchema);
  }

  /** Each partner's latest readable result. */
  async results(): Promise<ResultsByPartner> {
    const found: ResultsByPartner = {};
    for (const record of await this.#results.newest(MAX_RECORDS)) {
      const known = found[record.author];
      if (record.status !== 'ok' || (known && known.takenAt >= record.updatedAt)) continue;
      found[record.author] = { author: record.author, scores: record.value.scores, takenAt: record.updatedAt };
    }
    return found;
  }

  /** Scores complete answers and saves the result for the partner who is here; answers the saved result. */
  async save(answers: AssessmentAnswers): Promise<AssessmentResult> {
    const scored = scoreAssessment(answers);
    if (!scored.ok || !isAssessmentComplete(answers)) throw new IncompleteAssessmentError();
    const own = await this.#ownRecord();
    const saved = await this.#results.put({ scores: scored.scores }, { id: own?.id, space: 'us' });
    return { author: saved.author, scores: saved.value.scores, takenAt: saved.updatedAt };
  }

  async #ownRecord(): Promise<Stored<AssessmentPayload> | undefined> {
    const partner = this.#results.partner;
    return (await this.#results.newest(MAX_RECORDS))
      .filter((record) => record.author === partner)
      .sort((x, y) => y.updatedAt - x.updatedAt)[0];
  }
}
