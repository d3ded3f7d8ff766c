import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_PAIRS,
  isAssessmentComplete,
  primaryAndSecondary,
  scoreAssessment,
  type AssessmentAnswers,
  type LanguageScores,
} from './loveLanguageAssessment';
import { LOVE_LANGUAGE_IDS, type LoveLanguageId } from './loveLanguages';

const allLanguagePairs: [LoveLanguageId, LoveLanguageId][] = LOVE_LANGUAGE_IDS.flatMap((x, i) =>
  LOVE_LANGUAGE_IDS.slice(i + 1).map((y) => [x, y] as [LoveLanguageId, LoveLanguageId]),
);

function answerAll(pick: (index: number) => 'a' | 'b'): AssessmentAnswers {
  return Object.fromEntries(ASSESSMENT_PAIRS.map((p, i) => [p.id, pick(i)]));
}

function scoresOf(answers: AssessmentAnswers): LanguageScores {
  const result = scoreAssessment(answers);
  if (!result.ok) throw new Error(`unexpected refusal: ${result.reason}`);
  return result.scores;
}

function scores(values: [number, number, number, number, number]): LanguageScores {
  return Object.fromEntries(LOVE_LANGUAGE_IDS.map((id, i) => [id, values[i]])) as LanguageScores;
}

describe('assessment pairs', () => {
  it('has at least 20 pairs with unique ids and no repeated statement', () => {
    expect(ASSESSMENT_PAIRS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ASSESSMENT_PAIRS.map((p) => p.id)).size).toBe(ASSESSMENT_PAIRS.length);
    const texts = ASSESSMENT_PAIRS.flatMap((p) => [p.a.text, p.b.text]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(ASSESSMENT_PAIRS.map((p) => [p.id, p] as const))('%s offers two different languages', (_id, pair) => {
    expect(LOVE_LANGUAGE_IDS).toContain(pair.a.language);
    expect(LOVE_LANGUAGE_IDS).toContain(pair.b.language);
    expect(pair.a.language).not.toBe(pair.b.language);
    expect(pair.a.text.trim()).not.toBe('');
    expect(pair.b.text.trim()).not.toBe('');
  });

  it.each(allLanguagePairs)('%s and %s meet at least twice', (x, y) => {
    const meetings = ASSESSMENT_PAIRS.filter(
      (p) => (p.a.language === x && p.b.language === y) || (p.a.language === y && p.b.language === x),
    );
    expect(meetings.length).toBeGreaterThanOrEqual(2);
  });

  it('offers every language equally often, and equally often as the first option', () => {
    const offered = new Map<LoveLanguageId, number>();
    const first = new Map<LoveLanguageId, number>();
    for (const p of ASSESSMENT_PAIRS) {
      for (const l of [p.a.language, p.b.language]) offered.set(l, (offered.get(l) ?? 0) + 1);
      first.set(p.a.language, (first.get(p.a.language) ?? 0) + 1);
    }
    expect(offered.size).toBe(5);
    expect(new Set(offered.values()).size).toBe(1);
    expect(first.size).toBe(5);
    expect(new Set(first.values()).size).toBe(1);
  });
});

describe('scoreAssessment', () => {
  it.each([['a'], ['b']] as const)('counts all-%s answers by the language of each chosen option', (choice) => {
    const expected = Object.fromEntries(LOVE_LANGUAGE_IDS.map((id) => [id, 0])) as Record<LoveLanguageId, number>;
    for (const p of ASSESSMENT_PAIRS) expected[p[choice].language] += 1;
    const result = scoreAssessment(answerAll(() => choice));
    expect(result).toEqual({ ok: true, scores: expected, answered: ASSESSMENT_PAIRS.length });
  });

  it('all-A answers favour no language, so the tie-break decides and says so', () => {
    const all = scoresOf(answerAll(() => 'a'));
    expect(Object.values(all)).toEqual([6, 6, 6, 6, 6]);
    expect(primaryAndSecondary(all)).toEqual({
      primary: 'words-of-affirmation',
      secondary: 'acts-of-service',
      isPrimaryTied: true,
      isSecondaryTied: true,
    });
  });

  it('answers that always pick one language make it primary', () => {
    const touch = scoresOf(
      answerAll((i) => (ASSESSMENT_PAIRS[i]!.b.language === 'physical-touch' ? 'b' : 'a')),
    );
    expect(touch['physical-touch']).toBe(12);
    expect(primaryAndSecondary(touch)?.primary).toBe('physical-touch');
    expect(primaryAndSecondary(touch)?.isPrimaryTied).toBe(false);
  });

  it('gives every language the same score when each pairing is split evenly', () => {
    // For each pairing of two languages, pick the first language at one meeting and the second at the next.
    const seen = new Map<string, number>();
    const answers: Record<string, 'a' | 'b'> = {};
    for (const p of ASSESSMENT_PAIRS) {
      const [low, high] = [p.a.language, p.b.language].sort();
      const key = `${low}|${high}`;
      const count = seen.get(key) ?? 0;
      seen.set(key, count + 1);
      if (count >= 2) continue; // a third meeting would tip the balance: leave it unanswered
      const want = count === 0 ? low : high;
      answers[p.id] = p.a.language === want ? 'a' : 'b';
    }
    const result = scoresOf(answers);
    expect(new Set(Object.values(result)).size).toBe(1);
    expect(primaryAndSecondary(result)).toEqual({
      primary: 'words-of-affirmation',
      secondary: 'acts-of-service',
      isPrimaryTied: true,
      isSecondaryTied: true,
    });
  });

  it('accepts partial answers and scores nothing for none', () => {
    const first = ASSESSMENT_PAIRS[0]!;
    expect(scoreAssessment({ [first.id]: 'b' })).toMatchObject({ ok: true, answered: 1, scores: { [first.b.language]: 1 } });
    const empty = scoreAssessment({});
    expect(empty).toMatchObject({ ok: true, answered: 0 });
    expect(primaryAndSecondary(scoresOf({}))).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an unknown pair id', { q01: 'a', 'q-nope': 'a' }, 'unknown-pair', 'q-nope'],
    ['an empty pair id', { '': 'b' }, 'unknown-pair', ''],
    ['a choice that is not a or b', { q01: 'c' }, 'invalid-choice', 'q01'],
    ['a choice that is not a string', { q02: 1 }, 'invalid-choice', 'q02'],
  ])('refuses %s', (_name, answers, reason, pairId) => {
    expect(scoreAssessment(answers as AssessmentAnswers)).toEqual({ ok: false, reason, pairId });
  });

  it('knows when every pair is answered', () => {
    expect(isAssessmentComplete(answerAll(() => 'a'))).toBe(true);
    const { [ASSESSMENT_PAIRS[3]!.id]: _dropped, ...missingOne } = answerAll(() => 'b');
    expect(isAssessmentComplete(missingOne)).toBe(false);
  });
});

describe('primaryAndSecondary', () => {
  it.each<[string, [number, number, number, number, number], LoveLanguageId, LoveLanguageId, boolean, boolean]>([
    ['a clear order', [1, 2, 3, 4, 10], 'physical-touch', 'quality-time', false, false],
    ['a clear first, tie for second', [5, 5, 1, 9, 0], 'quality-time', 'words-of-affirmation', false, true],
    ['a tie for first goes to the earlier language', [2, 8, 8, 3, 1], 'acts-of-service', 'receiving-gifts', true, false],
    ['a three-way tie', [0, 0, 6, 6, 6], 'receiving-gifts', 'quality-time', true, true],
    ['a single language chosen', [0, 0, 0, 0, 4], 'physical-touch', 'words-of-affirmation', false, true],
  ])('%s', (_name, values, primary, secondary, isPrimaryTied, isSecondaryTied) => {
    expect(primaryAndSecondary(scores(values))).toEqual({ primary, secondary, isPrimaryTied, isSecondaryTied });
  });

  it('gives the same answer whatever order the scores object was built in', () => {
    const forwards = scores([3, 3, 3, 1, 1]);
    const backwards = Object.fromEntries(Object.entries(forwards).reverse()) as LanguageScores;
    expect(primaryAndSecondary(backwards)).toEqual(primaryAndSecondary(forwards));
  });

  it('is null when nothing was chosen', () => {
    expect(primaryAndSecondary(scores([0, 0, 0, 0, 0]))).toBeNull();
  });

});
