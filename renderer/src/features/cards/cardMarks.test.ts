import { describe, expect, it } from 'vitest';
import type { Stored } from '@renderer/data';
import { applyChange, cardStatePayloadSchema, markedCards, mergeMarks, NO_MARK, type CardStatePayload } from './cardMarks';

const mark = (cardId: string, isFavourite: boolean, isDone: boolean, doneAt: number | null = null) => ({ cardId, isFavourite, isDone, doneAt });
const meta = (id: string, author: 'a' | 'b', updatedAt: number) => ({ id, author, space: 'us' as const, createdAt: 1, updatedAt });
const ok = (id: string, author: 'a' | 'b', updatedAt: number, value: CardStatePayload): Stored<CardStatePayload> => ({
  ...meta(id, author, updatedAt),
  status: 'ok',
  value,
});

describe('reading a stored mark', () => {
  it.each([
    { name: 'a good mark', payload: mark('today-01', true, false), isKept: true },
    { name: 'a card we do not know', payload: mark('later-01', true, false), isKept: false },
    { name: 'a missing field', payload: { cardId: 'today-01', isFavourite: true }, isKept: false },
    { name: 'an extra field', payload: { ...mark('today-01', true, false), note: 'x' }, isKept: false },
    { name: 'not an object', payload: 'today-01', isKept: false },
  ])('$name is kept: $isKept', ({ payload, isKept }) => {
    expect(cardStatePayloadSchema.safeParse(payload).success).toBe(isKept);
  });
});

describe("the couple's marks", () => {
  it.each([
    {
      name: 'one partner kept it',
      records: [ok('1', 'a', 10, mark('today-01', true, false))],
      expected: { isFavourite: true, changedBy: 'a' },
    },
    {
      name: 'the later change wins, whoever made it',
      records: [ok('1', 'a', 10, mark('today-01', true, false)), ok('2', 'b', 20, mark('today-01', false, true, 20))],
      expected: { isFavourite: false, isDone: true, changedBy: 'b' },
    },
    {
      name: 'order of the records does not matter',
      records: [ok('2', 'b', 5, mark('today-01', false, false)), ok('1', 'a', 30, mark('today-01', true, false))],
      expected: { isFavourite: true, changedBy: 'a' },
    },
    {
      name: 'unreadable records are passed over, however new',
      records: [ok('1', 'a', 10, mark('today-01', true, false)), { ...meta('2', 'b', 50), status: 'unreadable' as const }],
      expected: { isFavourite: true, changedBy: 'a' },
    },
  ])('$name', ({ records, expected }) => {
    expect(mergeMarks(records).get('today-01')).toMatchObject(expected);
  });
});

describe('changing a mark', () => {
  it.each([
    { name: 'keeping a new card', current: NO_MARK, change: { isFavourite: true }, expected: mark('repair-02', true, false, null) },
    { name: 'marking done remembers when', current: NO_MARK, change: { isDone: true }, expected: mark('repair-02', false, true, 100) },
    { name: 'keeping a done card keeps its date', current: mark('repair-02', false, true, 40), change: { isFavourite: true }, expected: mark('repair-02', true, true, 40) },
    { name: 'marking done again keeps the first date', current: mark('repair-02', false, true, 40), change: { isDone: true }, expected: mark('repair-02', false, true, 40) },
    { name: 'not done any more forgets the date', current: mark('repair-02', true, true, 40), change: { isDone: false }, expected: mark('repair-02', true, false, null) },
  ])('$name', ({ current, change, expected }) => {
    expect(applyChange(current, 'repair-02', change, 100)).toEqual(expected);
  });
});

describe('the lists of marked cards', () => {
  const marks = mergeMarks([
    ok('1', 'a', 10, mark('today-01', true, true, 50)),
    ok('2', 'a', 30, mark('today-02', true, false)),
    ok('3', 'b', 20, mark('today-03', false, true, 5)),
  ]);
  it.each([
    { sort: 'favourites' as const, expected: ['today-02', 'today-01'] },
    { sort: 'done' as const, expected: ['today-01', 'today-03'] },
  ])('$sort, newest first', ({ sort, expected }) => {
    expect(markedCards(marks, sort).map((m) => m.cardId)).toEqual(expected);
  });
});
