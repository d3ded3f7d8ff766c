import { describe, expect, it } from 'vitest';
import { isVisible, visibilityOf, type Visibility, type VisibilityQuestion } from './reveal';

type Row = [string, Omit<VisibilityQuestion, 'viewer'> & { viewer?: 'a' | 'b' }, Visibility];

const rows: Row[] = [
  ['my own weekly answer, before my partner answers', { author: 'a', type: 'weekly', hasViewerAnswered: true, isRevealedByAuthor: false }, 'own'],
  ["partner's weekly answer while I have not answered", { author: 'b', type: 'weekly', hasViewerAnswered: false, isRevealedByAuthor: false }, 'sealed'],
  ["partner's weekly answer once I have answered", { author: 'b', type: 'weekly', hasViewerAnswered: true, isRevealedByAuthor: false }, 'bothAnswered'],
  ["partner's weekly answer they revealed early", { author: 'b', type: 'weekly', hasViewerAnswered: false, isRevealedByAuthor: true }, 'revealedByAuthor'],
  ["partner's weekly answer, both answered and revealed", { author: 'b', type: 'weekly', hasViewerAnswered: true, isRevealedByAuthor: true }, 'bothAnswered'],
  ["partner's quick check-in is never sealed", { author: 'b', type: 'quick', hasViewerAnswered: false, isRevealedByAuthor: false }, 'alwaysOpen'],
  ['seen from b: own answer', { viewer: 'b', author: 'b', type: 'weekly', hasViewerAnswered: false, isRevealedByAuthor: false }, 'own'],
  ["seen from b: a's sealed answer", { viewer: 'b', author: 'a', type: 'weekly', hasViewerAnswered: false, isRevealedByAuthor: false }, 'sealed'],
];

describe('sealed until both answer', () => {
  it.each(rows)('%s', (_name, question, expected) => {
    const full: VisibilityQuestion = { viewer: 'a', ...question };
    expect(visibilityOf(full)).toBe(expected);
    expect(isVisible(full)).toBe(expected !== 'sealed');
  });
});
