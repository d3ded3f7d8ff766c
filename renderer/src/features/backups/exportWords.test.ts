import { describe, expect, it } from 'vitest';
import { importProblemText, importReportText } from './exportWords';

describe('the words for an import', () => {
  it.each([
    [{ added: { appreciation: 3, checkin: 1 }, alreadyHere: 0, notYours: 0 }, 'Added 3 appreciations, 1 check-in answer.'],
    [{ added: {}, alreadyHere: 2, notYours: 0 }, 'Nothing new to add. 2 were here already and stayed as they are.'],
    [{ added: { session: 1 }, alreadyHere: 1, notYours: 4 }, 'Added 1 exercise session. 1 was here already and stayed as they are. 4 written by your partner (or your names) were left out: each of you imports your own.'],
  ])('reports %j', (report, text) => {
    expect(importReportText(report)).toBe(text);
  });

  it('says nothing was imported whenever a file is refused', () => {
    for (const problem of ['too-large', 'not-json', 'not-an-export', 'too-deep', 'malformed-text', 'duplicate-ids'] as const) {
      expect(importProblemText(problem)).toContain('nothing was imported');
    }
  });
});
