/**
 * A love-language result as it is stored: the five scores only (the answers that led to them are not
 * kept), sealed as an 'assessment' record in the Us space so the partner can see it. Pure checks here;
 * assessmentRepo.ts stores it.
 */
import { z } from 'zod';
import type { PartnerSlot } from '@shared/partners';
import { ASSESSMENT_PAIRS, type LanguageScores } from '@shared/content';

const score = z.number().int().min(0).max(ASSESSMENT_PAIRS.length);

export const assessmentPayloadSchema = z
  .object({
    scores: z
      .object({
        'words-of-affirmation': score,
        'acts-of-service': score,
        'receiving-gifts': score,
        'quality-time': score,
        'physical-touch': score,
      })
      .strict(),
  })
  .strict()
  .refine((payload) => Object.values(payload.scores).reduce((sum, value) => sum + value, 0) > 0, 'A result needs at least one answer');

export type AssessmentPayload = { scores: LanguageScores };

export interface AssessmentResult {
  author: PartnerSlot;
  scores: LanguageScores;
  /** When it was last taken (the record's last change). */
  takenAt: number;
}

export function parseAssessmentPayload(payload: unknown): AssessmentPayload | null {
  const parsed = assessmentPayloadSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
