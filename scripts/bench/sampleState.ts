/**
 * What the sample couple has set up by now, written through the app's own repositories while each partner
 * is unlocked, one repository call per change as the screens make them: the weekly plan, sensate focus
 * readiness, card marks, the love-language results and a draft or two (the profiles come from creating the
 * vault). A few dozen records, so the slow single writes do not matter. Runs in the page. Must not write
 * history (sampleVault.ts does) or any payload of its own making.
 */
import { NEW_ENTRY_DRAFT_SLOT, type JournalDraft } from '../../renderer/src/features/journal/journalDraft';
import type { CheckinAnswers } from '../../renderer/src/features/checkins/checkinAnswers';
import { draftSlot } from '../../renderer/src/features/checkins/form/useCheckinDraft';
import { CardStateRepo } from '../../renderer/src/features/cards/cardStateRepo';
import { ExerciseLogRepo } from '../../renderer/src/features/exercises/exerciseLogRepo';
import { ASSESSMENT_DRAFT_SLOT, type AssessmentProgress } from '../../renderer/src/features/loveLanguages/assessmentDraft';
import { AssessmentRepo } from '../../renderer/src/features/loveLanguages/assessmentRepo';
import type { VaultService } from '../../renderer/src/data/service/vaultService';
import type { PartnerSlot } from '../../renderer/src/data/storage/storedRecord';
import { ASSESSMENT_PAIRS, CARDS } from '../../shared/content';

/** Cards each partner has marked (a different set each, so the couple's marks number both together). */
export const CARDS_MARKED_EACH = 24;
/** Sensate focus stages each partner has marked, ready or not. */
export const READINESS_MARKS: Readonly<Record<PartnerSlot, readonly { stage: number; isReady: boolean }[]>> = {
  a: [
    { stage: 1, isReady: true },
    { stage: 2, isReady: true },
  ],
  b: [
    { stage: 1, isReady: true },
    { stage: 2, isReady: true },
    { stage: 3, isReady: false },
  ],
};
/** Each partner's open drafts, by slot: the journal's composer, and Sam's weekly check-in or Alex's retake of the assessment. */
export const DRAFT_SLOTS: Readonly<Record<PartnerSlot, readonly string[]>> = {
  a: [NEW_ENTRY_DRAFT_SLOT, draftSlot('weekly')],
  b: [NEW_ENTRY_DRAFT_SLOT, ASSESSMENT_DRAFT_SLOT],
};

export async function writeCurrentState(service: VaultService, partner: PartnerSlot): Promise<void> {
  const seed = partner === 'a' ? 0 : 1;
  const exercises = new ExerciseLogRepo(service.records);
  // Both saved the plan at some point; Alex's, saved last, is the couple's plan. A long hug three times a
  // week is never logged, so the plan always has something next.
  await exercises.savePlan({
    v: 1,
    items: [
      { exerciseId: 'twenty-minute-talk', timesPerWeek: 2 },
      { exerciseId: 'sensate-focus', timesPerWeek: 1 },
      { exerciseId: 'long-hug', timesPerWeek: 3 + seed },
      { exerciseId: 'walk-together', timesPerWeek: 1 },
    ],
  });
  for (const mark of READINESS_MARKS[partner]) await exercises.markReady(mark.stage, mark.isReady);

  const cards = new CardStateRepo(service.records);
  for (let index = 0; index < CARDS_MARKED_EACH; index += 1) {
    const card = CARDS[seed * CARDS_MARKED_EACH + index]!;
    await cards.change(card.id, { isFavourite: index % 2 === 0, isDone: index % 3 === 0 });
  }

  const answers = Object.fromEntries(ASSESSMENT_PAIRS.map((pair, index) => [pair.id, (index + seed) % 3 === 0 ? 'b' : 'a'] as const));
  await new AssessmentRepo(service.records).save(answers);

  await service.drafts.save(NEW_ENTRY_DRAFT_SLOT, { text: 'Thank you for the tea this morning, and for', tags: [], space: 'us' } satisfies JournalDraft);
  if (partner === 'a') {
    await service.drafts.save(draftSlot('weekly'), {
      type: 'weekly',
      scales: { mood: 4, emotionalCloseness: 3 },
      howAreYou: 'A long week, and a good',
      isBothered: false,
      botheringNote: '',
      isNotePrivate: false,
      obstacles: ['routine'],
      otherObstacle: '',
      whatWouldHelp: '',
    } satisfies CheckinAnswers);
  } else {
    const halfway = Object.fromEntries(ASSESSMENT_PAIRS.slice(0, 12).map((pair) => [pair.id, 'a'] as const));
    await service.drafts.save(ASSESSMENT_DRAFT_SLOT, { answers: halfway, index: 12 } satisfies AssessmentProgress);
  }
}
