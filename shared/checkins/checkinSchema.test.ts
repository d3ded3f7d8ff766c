import { describe, expect, it } from 'vitest';
import { checkinPayloadSchema } from './checkinSchema';

const scales = { mood: 3, emotionalCloseness: 4, physicalCloseness: 2, stress: 5 };
const quick = { type: 'quick', v: 1, day: '2026-05-14', scales, howAreYou: 'Tired but fine', bothering: { isBothered: false, note: '' } };
const weekly = {
  ...quick,
  type: 'weekly',
  week: '2026-W20',
  obstacles: ['routine', 'health'],
  otherObstacle: '',
  whatWouldHelp: 'A slow Sunday',
  revealedAt: null,
};
const note = { type: 'privateNote', v: 1, checkinId: '2b8f1c1e-4a53-4e0c-9a55-9f0a3c1d2e4f', note: 'Only mine' };

describe('check-in payloads', () => {
  it.each<[string, unknown, boolean]>([
    ['a quick check-in', quick, true],
    ['a weekly check-in', weekly, true],
    ['a private note', note, true],
    ['a scale point outside 1-5', { ...quick, scales: { ...scales, mood: 6 } }, false],
    ['a scale point that is not whole', { ...quick, scales: { ...scales, stress: 2.5 } }, false],
    ['a missing scale', { ...quick, scales: { mood: 3, emotionalCloseness: 4, physicalCloseness: 2 } }, false],
    ['an unknown field', { ...quick, score: 12 }, false],
    ['a day that is not a day', { ...quick, day: '2026-13-01' }, false],
    ['a week that is not a week', { ...weekly, week: '2026-W54' }, false],
    ['an unknown obstacle', { ...weekly, obstacles: ['money'] }, false],
    ['the same obstacle twice', { ...weekly, obstacles: ['health', 'health'] }, false],
    ['a weekly without its weekly fields', { ...quick, type: 'weekly' }, false],
    ['an empty private note', { ...note, note: '' }, false],
    ['text beyond the limit', { ...quick, howAreYou: 'x'.repeat(4_001) }, false],
    ['an unknown type', { ...quick, type: 'monthly' }, false],
  ])('%s: valid is %s', (_name, payload, valid) => {
    expect(checkinPayloadSchema.safeParse(payload).success).toBe(valid);
  });
});
