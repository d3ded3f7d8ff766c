/**
 * The assessment in progress: the answers so far and the question on screen, kept as the partner's own
 * sealed draft (slot `loveLanguages:assessment`) so they can stop and carry on later. Pure checks of a
 * draft read back from storage.
 */
import { ASSESSMENT_PAIRS, type AssessmentAnswers, type AssessmentChoice } from '@shared/content';

export const ASSESSMENT_DRAFT_SLOT = 'loveLanguages:assessment';

export interface AssessmentProgress {
  answers: AssessmentAnswers;
  /** The question on screen, 0-based. */
  index: number;
}

export const FRESH_PROGRESS: AssessmentProgress = { answers: {}, index: 0 };

const PAIR_IDS = new Set(ASSESSMENT_PAIRS.map((pair) => pair.id));

/** Keeps known pairs with a valid choice, and an index inside the questions; anything else starts afresh. */
export function parseProgress(value: unknown): AssessmentProgress | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as { answers?: unknown; index?: unknown };
  const answers: Record<string, AssessmentChoice> = {};
  if (typeof raw.answers === 'object' && raw.answers !== null) {
    for (const [id, choice] of Object.entries(raw.answers)) {
      if (PAIR_IDS.has(id) && (choice === 'a' || choice === 'b')) answers[id] = choice;
    }
  }
  const last = ASSESSMENT_PAIRS.length - 1;
  const index = typeof raw.index === 'number' && Number.isInteger(raw.index) ? Math.min(Math.max(raw.index, 0), last) : 0;
  if (Object.keys(answers).length === 0 && index === 0) return null;
  return { answers, index };
}

export function answeredCount(answers: AssessmentAnswers): number {
  return ASSESSMENT_PAIRS.filter((pair) => answers[pair.id] === 'a' || answers[pair.id] === 'b').length;
}

/** "7 of 30 answered". */
export function progressText(answers: AssessmentAnswers): string {
  return `${answeredCount(answers)} of ${ASSESSMENT_PAIRS.length} answered`;
}
