/**
 * The love-language self-assessment: 30 forced-choice pairs written for Hearth, and the pure scoring.
 * Balanced by construction: each of the ten possible pairings of two languages appears three times, so
 * every language is offered twelve times, six of them as the first option (so a habit of picking the first
 * option favours no language). Pair ids are stable (saved answers refer to them); never reuse one.
 */
import { LOVE_LANGUAGE_IDS, type LoveLanguageId } from './loveLanguages';

export interface AssessmentOption {
  text: string;
  language: LoveLanguageId;
}

export interface AssessmentPair {
  id: string;
  a: AssessmentOption;
  b: AssessmentOption;
}

export type AssessmentChoice = 'a' | 'b';

/** A person's answers: pair id to the option they picked. Unanswered pairs are simply absent. */
export type AssessmentAnswers = Readonly<Record<string, AssessmentChoice>>;

export type LanguageScores = Readonly<Record<LoveLanguageId, number>>;

export const ASSESSMENT_INTRO = {
  title: 'What helps you feel loved?',
  body:
    'Each question shows two moments. Both might be lovely. Pick the one that would mean a little more ' +
    'to you. Go with your first feeling; there are no wrong answers, and you can take it again any time.',
  question: 'Which would mean more to you?',
} as const;

function pair(id: string, a: [string, LoveLanguageId], b: [string, LoveLanguageId]): AssessmentPair {
  return { id, a: { text: a[0], language: a[1] }, b: { text: b[0], language: b[1] } };
}

export const ASSESSMENT_PAIRS: readonly AssessmentPair[] = [
  pair('q01', ['My partner tells me they are proud of me.', 'words-of-affirmation'], ['My partner does a chore I usually do, without being asked.', 'acts-of-service']),
  pair('q02', ['My partner brings me a small surprise for no reason.', 'receiving-gifts'], ['My partner spends an evening with me, phones away.', 'quality-time']),
  pair('q03', ['My partner holds my hand.', 'physical-touch'], ['My partner thanks me for something I did.', 'words-of-affirmation']),
  pair('q04', ['My partner makes me breakfast on a busy morning.', 'acts-of-service'], ['My partner remembers something I wanted and gets it for me.', 'receiving-gifts']),
  pair('q05', ['My partner goes for a walk with me, just to talk.', 'quality-time'], ['My partner hugs me when I come home.', 'physical-touch']),
  pair('q06', ['I find a loving note from my partner.', 'words-of-affirmation'], ['My partner brings me back a souvenir from a trip.', 'receiving-gifts']),
  pair('q07', ['My partner sorts out a problem I have been putting off.', 'acts-of-service'], ['My partner gives me their full attention when I talk.', 'quality-time']),
  pair('q08', ['My partner gives me flowers or a plant.', 'receiving-gifts'], ['My partner puts an arm around me on the sofa.', 'physical-touch']),
  pair('q09', ['My partner plans a day out for the two of us.', 'quality-time'], ['My partner says something kind about me in front of others.', 'words-of-affirmation']),
  pair('q10', ['My partner takes care of everything at home when I am unwell.', 'acts-of-service'], ['My partner gives me a shoulder rub.', 'physical-touch']),
  pair('q11', ['My partner makes me something by hand.', 'receiving-gifts'], ['My partner tells me I look lovely.', 'words-of-affirmation']),
  pair('q12', ['My partner sits down with me for an unhurried cup of tea.', 'quality-time'], ['My partner runs an errand for me.', 'acts-of-service']),
  pair('q13', ['My partner cuddles up to me before we sleep.', 'physical-touch'], ['My partner marks a special day with a thoughtful present.', 'receiving-gifts']),
  pair('q14', ['My partner joins me in something I enjoy.', 'quality-time'], ['My partner encourages me before something hard.', 'words-of-affirmation']),
  pair('q15', ['My partner touches my arm as they pass.', 'physical-touch'], ['My partner fixes something that has been broken for ages.', 'acts-of-service']),
  pair('q16', ['My partner offers to help with whatever is stressing me.', 'acts-of-service'], ['My partner sends a message saying they miss me.', 'words-of-affirmation']),
  pair('q17', ['My partner keeps our date night, even in a busy week.', 'quality-time'], ['My partner picks up my favourite treat on the way home.', 'receiving-gifts']),
  pair('q18', ['My partner says "I love you" and clearly means it.', 'words-of-affirmation'], ['My partner gives me a long hug when I am upset.', 'physical-touch']),
  pair('q19', ['My partner gives me a gift that shows they really know me.', 'receiving-gifts'], ['My partner has dinner ready when I get home.', 'acts-of-service']),
  pair('q20', ['My partner kisses me hello or goodbye.', 'physical-touch'], ['My partner asks about my day and really listens.', 'quality-time']),
  pair('q21', ['My partner notices my effort and says so.', 'words-of-affirmation'], ['My partner tidies up before I have to ask.', 'acts-of-service']),
  pair('q22', ['My partner wraps even a tiny present with care.', 'receiving-gifts'], ['My partner tries a new hobby with me.', 'quality-time']),
  pair('q23', ['My partner sits close to me, shoulder to shoulder.', 'physical-touch'], ['My partner writes me a heartfelt card.', 'words-of-affirmation']),
  pair('q24', ['My partner makes a phone call I was dreading.', 'acts-of-service'], ['My partner gives me a book or song they chose with me in mind.', 'receiving-gifts']),
  pair('q25', ['My partner makes time for a long talk.', 'quality-time'], ['My partner strokes my hair or my back.', 'physical-touch']),
  pair('q26', ['My partner tells me what they love about me.', 'words-of-affirmation'], ['My partner leaves a little gift on my pillow.', 'receiving-gifts']),
  pair('q27', ['My partner keeps a promise to help me with something.', 'acts-of-service'], ['My partner spends a slow, easy morning with me.', 'quality-time']),
  pair('q28', ['My partner gives me a keepsake from a day we shared.', 'receiving-gifts'], ['My partner reaches for my hand in a crowd.', 'physical-touch']),
  pair('q29', ['My partner tells me I handled something well.', 'words-of-affirmation'], ['My partner cooks a meal with me, side by side.', 'quality-time']),
  pair('q30', ['My partner greets me with a warm embrace.', 'physical-touch'], ['My partner does the shopping so I do not have to.', 'acts-of-service']),
];

export type ScoreResult =
  | { ok: true; scores: LanguageScores; answered: number }
  | { ok: false; reason: 'unknown-pair' | 'invalid-choice'; pairId: string };

export function emptyScores(): Record<LoveLanguageId, number> {
  return {
    'words-of-affirmation': 0,
    'acts-of-service': 0,
    'receiving-gifts': 0,
    'quality-time': 0,
    'physical-touch': 0,
  };
}

/**
 * Counts, for each language, how many times an option in that language was chosen. Partial answers are
 * fine. Answers that name a pair we do not have, or a choice other than 'a' or 'b', are refused as a whole
 * (saved answers come from storage, so they are checked rather than trusted).
 */
export function scoreAssessment(answers: AssessmentAnswers): ScoreResult {
  const byId = new Map(ASSESSMENT_PAIRS.map((p) => [p.id, p]));
  const scores = emptyScores();
  let answered = 0;
  for (const [pairId, choice] of Object.entries(answers)) {
    const found = byId.get(pairId);
    if (!found) return { ok: false, reason: 'unknown-pair', pairId };
    if (choice !== 'a' && choice !== 'b') return { ok: false, reason: 'invalid-choice', pairId };
    scores[found[choice].language] += 1;
    answered += 1;
  }
  return { ok: true, scores, answered };
}

export function isAssessmentComplete(answers: AssessmentAnswers): boolean {
  return ASSESSMENT_PAIRS.every((p) => answers[p.id] === 'a' || answers[p.id] === 'b');
}

export interface PrimaryAndSecondary {
  primary: LoveLanguageId;
  secondary: LoveLanguageId;
  /** Another language has the same score as the primary one. */
  isPrimaryTied: boolean;
  /** A language ranked below the secondary one has the same score as it. */
  isSecondaryTied: boolean;
}

/**
 * The two highest-scoring languages. Ties are broken the same way every time: by the fixed order of
 * LOVE_LANGUAGE_IDS (words, service, gifts, time, touch), earlier first. The tie flags let a screen say
 * "equally" honestly instead of pretending one won. Returns null when nothing has been answered.
 */
export function primaryAndSecondary(scores: LanguageScores): PrimaryAndSecondary | null {
  const ranked = LOVE_LANGUAGE_IDS.map((id, order) => ({ id, score: scores[id], order })).sort(
    (x, y) => y.score - x.score || x.order - y.order,
  );
  const [first, second, third] = ranked;
  if (!first || !second || !third || first.score <= 0) return null;
  return {
    primary: first.id,
    secondary: second.id,
    isPrimaryTied: first.score === second.score,
    isSecondaryTied: second.score === third.score,
  };
}
