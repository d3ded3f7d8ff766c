import { describe, expect, it } from 'vitest';
import type { Checkin, QuickCheckin, WeeklyCheckin } from '@shared/checkins';
import { answersFromDraft, answersFromEntry, emptyAnswers, missingScales } from './checkinAnswers';
import type { CheckinEntry, OpenEntry } from './checkinEntry';
import { ownAnswerFor, weeklySignals, weekViewOf } from './checkinViews';
import { trendWords } from './history/trendWords';

const scales = { mood: 4, emotionalCloseness: 3, physicalCloseness: 2, stress: 4 } as const;
const quick: QuickCheckin = { type: 'quick', v: 1, day: '2026-05-14', scales, howAreYou: '', bothering: { isBothered: false, note: '' } };
const weekly = (week: string, revealedAt: number | null = null): WeeklyCheckin => ({
  ...quick,
  type: 'weekly',
  week,
  obstacles: [],
  otherObstacle: '',
  whatWouldHelp: '',
  revealedAt,
});

let next = 0;
function open(author: 'a' | 'b', checkin: Checkin, privateNote: string | null = null): OpenEntry {
  next += 1;
  return { id: `id-${next}`, author, createdAt: next, updatedAt: next, status: 'open', checkin, privateNote, visibility: 'own' };
}
const sealed = (author: 'a' | 'b', week: string): CheckinEntry => ({ id: `s-${week}`, author, createdAt: 0, updatedAt: 0, status: 'sealed', week });

describe('this week, side by side', () => {
  it.each<[string, CheckinEntry[], 'mine' | 'none', 'notYet' | 'sealed' | 'open']>([
    ['nobody has answered', [], 'none', 'notYet'],
    ['only I have answered', [open('a', weekly('2026-W20'))], 'mine', 'notYet'],
    ['my partner answered, sealed', [sealed('b', '2026-W20')], 'none', 'sealed'],
    ['both answered', [open('a', weekly('2026-W20')), open('b', weekly('2026-W20'))], 'mine', 'open'],
    ['answers from another week do not count', [open('a', weekly('2026-W19')), open('b', weekly('2026-W19'))], 'none', 'notYet'],
    ['a quick check-in is not the weekly one', [open('a', quick), open('b', quick)], 'none', 'notYet'],
  ])('%s', (_name, entries, mine, partner) => {
    const view = weekViewOf(entries, 'a', '2026-W20');
    expect(view.mine ? 'mine' : 'none').toBe(mine);
    expect(view.partner.state).toBe(partner);
  });
});

describe('my answer to edit', () => {
  const now = new Date(2026, 4, 14, 21);
  it.each<[string, CheckinEntry[], 'quick' | 'weekly', boolean]>([
    ['today’s quick check-in', [open('a', quick)], 'quick', true],
    ['yesterday’s quick check-in is not today’s', [open('a', { ...quick, day: '2026-05-13' })], 'quick', false],
    ['my partner’s is not mine', [open('b', quick)], 'quick', false],
    ['this week’s weekly', [open('a', weekly('2026-W20'))], 'weekly', true],
    ['last week’s weekly is not this week’s', [open('a', weekly('2026-W19'))], 'weekly', false],
  ])('%s', (_name, entries, kind, found) => {
    expect(ownAnswerFor(entries, 'a', kind, now) !== null).toBe(found);
  });

  it('brings a private note back into the form, marked private', () => {
    const answers = answersFromEntry(open('a', { ...weekly('2026-W20'), bothering: { isBothered: true, note: '' } }, 'kept'));
    expect(answers).toMatchObject({ type: 'weekly', isBothered: true, botheringNote: 'kept', isNotePrivate: true, scales });
  });
});

describe('the gentle rules read only open weekly answers', () => {
  it('leaves out quick check-ins and sealed answers', () => {
    const signals = weeklySignals([open('a', quick), sealed('b', '2026-W20'), open('a', weekly('2026-W20'))]);
    expect(signals).toEqual([{ author: 'a', week: '2026-W20', scales, isBothered: false }]);
  });
});

describe('drafts', () => {
  it.each<[string, unknown, 'quick' | 'weekly', boolean]>([
    ['a weekly draft', { ...emptyAnswers('weekly'), scales: { mood: 2 } }, 'weekly', true],
    ['a draft of the other kind', emptyAnswers('quick'), 'weekly', false],
    ['something else entirely', { text: 'journal' }, 'quick', false],
    ['nothing', undefined, 'quick', false],
  ])('%s', (_name, value, kind, restored) => {
    expect(answersFromDraft(value, kind) !== null).toBe(restored);
  });

  it('lists the scales still to choose, in order', () => {
    expect(missingScales({ ...emptyAnswers('quick'), scales: { emotionalCloseness: 3 } })).toEqual(['mood', 'physicalCloseness', 'stress']);
  });
});

describe('averages read as words', () => {
  it.each<[number | null, string]>([
    [4, 'Good'],
    [3.5, 'Steady to Good'],
    [1.2, 'Low to A bit flat'],
    [null, 'No check-in'],
  ])('%s reads "%s"', (value, words) => {
    expect(trendWords('mood', value)).toBe(words);
  });
});
