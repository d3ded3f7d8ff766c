/**
 * "Sealed until both answer": whether one partner's weekly check-in may be shown to the other.
 *
 * A weekly answer is visible to its author always; to the partner once the partner has answered the same
 * week too, or once the author chose to reveal it. Quick (daily) check-ins are never sealed. Between two
 * people who share the Us key this is a promise the screens keep, not one the cryptography enforces (see
 * docs/security.md).
 */
import type { PartnerId } from './checkinSchema';

export type Visibility = 'own' | 'alwaysOpen' | 'bothAnswered' | 'revealedByAuthor' | 'sealed';

export interface VisibilityQuestion {
  viewer: PartnerId;
  author: PartnerId;
  type: 'quick' | 'weekly';
  /** Has the viewer answered the same week's weekly check-in? */
  hasViewerAnswered: boolean;
  /** Did the author choose to reveal it early? */
  isRevealedByAuthor: boolean;
}

export function visibilityOf(question: VisibilityQuestion): Visibility {
  if (question.viewer === question.author) return 'own';
  if (question.type === 'quick') return 'alwaysOpen';
  if (question.hasViewerAnswered) return 'bothAnswered';
  if (question.isRevealedByAuthor) return 'revealedByAuthor';
  return 'sealed';
}

export function isVisible(question: VisibilityQuestion): boolean {
  return visibilityOf(question) !== 'sealed';
}
