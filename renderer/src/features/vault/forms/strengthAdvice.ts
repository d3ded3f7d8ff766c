/**
 * What Hearth says about a passphrase's strength, in its own words, from the estimator's score (0-4) and
 * warning key. A weak or fair passphrase is refused when it is chosen (passphraseRules.ts' floor); the advice
 * says why while it is typed.
 */

export type StrengthLevel = 'weak' | 'fair' | 'good' | 'strong';

export interface StrengthAdvice {
  level: StrengthLevel;
  /** One short line, e.g. "This would be quick to guess." */
  summary: string;
  /** Why, or what would help; only for weak and fair passphrases. */
  detail?: string;
}

const WARNING_TEXT: Record<string, string> = {
  straightRow: 'Keys next to each other on the keyboard are among the first things tried.',
  keyPattern: 'Keyboard patterns are among the first things tried.',
  simpleRepeat: 'Repeated letters add very little.',
  extendedRepeat: 'Repeating the same words adds very little.',
  sequences: 'Runs like "abc" or "123" are among the first things tried.',
  recentYears: 'Recent years are easy to guess.',
  dates: 'Dates are easy to guess, especially meaningful ones.',
  topTen: 'This is one of the most used passphrases of all.',
  topHundred: 'This is one of the most used passphrases.',
  common: 'Many people use this one.',
  similarToCommon: 'This is very close to a passphrase many people use.',
  wordByItself: 'A single word on its own is quick to guess.',
  namesByThemselves: 'Names on their own are quick to guess.',
  commonNames: 'Common names are quick to guess.',
  userInputs: 'It contains a name from this journal, which someone close to you might try.',
};

const GENERAL_TIP = 'A few unrelated words strung together are easy to remember and hard to guess.';

export function adviceFor(score: number, warning: string | null): StrengthAdvice {
  const detail = (warning && WARNING_TEXT[warning]) || GENERAL_TIP;
  if (score <= 1) return { level: 'weak', summary: 'This would be quick to guess.', detail };
  if (score === 2) return { level: 'fair', summary: 'This would take some effort to guess, though not a lot.', detail };
  if (score === 3) return { level: 'good', summary: 'Good: this would take a long time to guess.' };
  return { level: 'strong', summary: 'Strong: this would be very hard to guess.' };
}

/** How many of the meter's four marks a level fills. */
export function marksFor(level: StrengthLevel): number {
  return { weak: 1, fair: 2, good: 3, strong: 4 }[level];
}
