/**
 * What a typed passphrase must be before it is hashed, and the one normal form it is hashed in.
 *
 * Owns: Unicode normalisation (NFC, so "café" typed with a combining accent on one keyboard unlocks what was
 * set with a precomposed "é" on another) and the length limit.
 * Must not: judge strength (the screens use an estimator and let an adult decide), trim, change case, or
 * keep the passphrase anywhere.
 */
import { isWellFormedUnicode } from './bytes';
import type { PassphraseProblem } from './errors';

/**
 * The longest passphrase accepted, in Unicode code points after NFC. Long enough for any sentence a person
 * types (a 60-word passphrase is about 400), short enough that nobody pastes a document by mistake.
 */
export const MAX_PASSPHRASE_CODE_POINTS = 1024;

/**
 * Raw input longer than this many UTF-16 units is refused before normalising. NFC composes at most four
 * code points into one and a code point is at most two units, so nothing longer can be within the limit;
 * the check keeps a pasted megabyte from ever reaching `normalize` or Argon2id.
 */
const MAX_RAW_UTF16_UNITS = MAX_PASSPHRASE_CODE_POINTS * 8;

/** The passphrase in Unicode Normalization Form C, the form that is hashed. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** A passphrase ready to hash, or why it cannot be used. */
export type PassphraseCheck = { ok: true; normalized: string } | { ok: false; reason: PassphraseProblem };

/**
 * Checks a typed passphrase: 'empty' for the empty string, 'too-long' above
 * {@link MAX_PASSPHRASE_CODE_POINTS} code points after NFC, 'malformed' for text with a lone UTF-16
 * surrogate (which UTF-8 cannot carry, so two different inputs would hash the same). Whitespace and other
 * characters are kept as typed: the passphrase is the person's to choose.
 */
export function validatePassphraseInput(passphrase: string): PassphraseCheck {
  if (typeof passphrase !== 'string' || passphrase.length === 0) return { ok: false, reason: 'empty' };
  if (passphrase.length > MAX_RAW_UTF16_UNITS) return { ok: false, reason: 'too-long' };
  if (!isWellFormedUnicode(passphrase)) return { ok: false, reason: 'malformed' };
  const normalized = normalizePassphrase(passphrase);
  if (countCodePoints(normalized) > MAX_PASSPHRASE_CODE_POINTS) return { ok: false, reason: 'too-long' };
  return { ok: true, normalized };
}

function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
