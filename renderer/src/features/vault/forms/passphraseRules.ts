/**
 * The checks a form runs before anything is derived or saved, and the words each problem is shown with.
 * Pure, so the rules are tested as a table. The crypto core checks again; these only make the answer quick
 * and specific, next to the field it is about.
 */
import type { PassphraseProblem } from '@renderer/data/crypto/errors';
import { normalizePassphrase, validatePassphraseInput } from '@renderer/data/crypto/passphrase';
import { partnerProfileSchema } from '@renderer/data/service/profileRepo';

/** What each field of a "passphrase, typed twice" form would say, if anything. */
export interface NewPassphraseErrors {
  passphrase?: string;
  confirmation?: string;
}

export const DIFFERENT_PASSPHRASE_TEXT = 'Please choose a different passphrase.';

/**
 * The least a new passphrase must be (docs/security.md says why): 10 characters, and a strength score of 3
 * ("would take a long time to guess") from the estimator, which knows common passwords, words, names,
 * keyboard runs and dates. Should the estimator fail to load, 16 characters stand in for the score.
 */
export const PASSPHRASE_FLOOR = Object.freeze({ minLength: 10, minScore: 3, minLengthWithoutScore: 16 });

export const TOO_SHORT_TEXT = 'Please use at least 10 characters. A few ordinary words together, such as “copper kettle under the stairs”, are easy to remember.';
export const TOO_GUESSABLE_TEXT =
  'That passphrase would be too quick for someone to guess. Try a few words that do not usually go together, such as “copper kettle under the stairs”.';

/** The words for a passphrase that cannot be used, when choosing one or when unlocking. */
export function passphraseProblemText(problem: PassphraseProblem, purpose: 'choose' | 'unlock'): string {
  switch (problem) {
    case 'empty':
      return purpose === 'choose' ? 'Please choose a passphrase.' : 'Please type your passphrase.';
    case 'too-long':
      return "That's longer than Hearth can use (1,024 characters at most). Please choose something shorter.";
    case 'malformed':
      return "Part of that passphrase can't be read as text. Please type it again.";
  }
}

/**
 * Checks a new passphrase typed twice. `score` is the estimator's 0-4 for it (null when the estimator could
 * not load). `mustDifferFrom` is a passphrase the new one may not equal after normalising (the other
 * partner's, at first run); the answer stays neutral about why.
 */
export function checkNewPassphrase(passphrase: string, confirmation: string, score: number | null, mustDifferFrom?: string): NewPassphraseErrors {
  const check = validatePassphraseInput(passphrase);
  if (!check.ok) return { passphrase: passphraseProblemText(check.reason, 'choose') };
  const length = [...check.normalized].length;
  if (length < PASSPHRASE_FLOOR.minLength) return { passphrase: TOO_SHORT_TEXT };
  const isStrongEnough = score === null ? length >= PASSPHRASE_FLOOR.minLengthWithoutScore : score >= PASSPHRASE_FLOOR.minScore;
  if (!isStrongEnough) return { passphrase: TOO_GUESSABLE_TEXT };
  if (mustDifferFrom !== undefined && check.normalized === normalizePassphrase(mustDifferFrom)) {
    return { passphrase: DIFFERENT_PASSPHRASE_TEXT };
  }
  if (confirmation.length === 0) return { confirmation: 'Please type the passphrase a second time.' };
  if (normalizePassphrase(confirmation) !== check.normalized) {
    return { confirmation: "The two don't match yet. Please type the passphrase again here." };
  }
  return {};
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some(Boolean);
}

const CONTROL_CHARACTER = /\p{Cc}/u;

/** What is wrong with a partner's name as typed, or null when it can be saved. */
export function partnerNameProblem(name: string): string | null {
  if (name.trim().length === 0) return 'Please add a name.';
  if (CONTROL_CHARACTER.test(name)) return 'That name has an invisible control character in it. Please type it again.';
  const checked = partnerProfileSchema.shape.name.safeParse(name);
  return checked.success ? null : 'Please keep the name to 60 characters or fewer.';
}
