import { describe, expect, it } from 'vitest';
import { readinessSchema, sessionPayloadSchema, weeklyPlanSchema } from './exerciseRecords';

const session = {
  type: 'session',
  v: 1,
  exerciseId: 'twenty-minute-talk',
  participants: 'both',
  startedAt: 1_778_000_000_000,
  durationSeconds: 1200,
  feeling: 4,
  reflection: '',
};

describe('exercise payloads', () => {
  it.each<[string, unknown, boolean]>([
    ['a session', session, true],
    ['a session without a feeling', { ...session, feeling: null }, true],
    ['a sensate focus session with its stage', { ...session, exerciseId: 'sensate-focus', stage: 3 }, true],
    ['a stage that does not exist', { ...session, stage: 6 }, false],
    ['a feeling of 6', { ...session, feeling: 6 }, false],
    ['fractional seconds', { ...session, durationSeconds: 1.5 }, false],
    ['someone else took part', { ...session, participants: 'c' }, false],
    ['an extra field', { ...session, mood: 'x' }, false],
    ['a private reflection', { type: 'privateReflection', v: 1, sessionId: crypto.randomUUID(), text: 'mine' }, true],
    ['an empty private reflection', { type: 'privateReflection', v: 1, sessionId: crypto.randomUUID(), text: '' }, false],
    ['an unknown type', { ...session, type: 'other' }, false],
  ])('%s: %s', (_name, payload, ok) => {
    expect(sessionPayloadSchema.safeParse(payload).success).toBe(ok);
  });

  it.each<[string, unknown, boolean]>([
    ['a mark', { v: 1, programme: 'sensate-focus', stage: 1, isReady: true }, true],
    ['stage 0', { v: 1, programme: 'sensate-focus', stage: 0, isReady: true }, false],
    ['another programme', { v: 1, programme: 'other', stage: 1, isReady: true }, false],
  ])('readiness %s', (_name, payload, ok) => {
    expect(readinessSchema.safeParse(payload).success).toBe(ok);
  });

  it.each<[string, unknown, boolean]>([
    ['an empty plan', { v: 1, items: [] }, true],
    ['a plan', { v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 3 }] }, true],
    ['an exercise twice', { v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 3 }, { exerciseId: 'walk-together', timesPerWeek: 1 }] }, false],
    ['zero times', { v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 0 }] }, false],
    ['fifteen times', { v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 15 }] }, false],
  ])('plan: %s', (_name, payload, ok) => {
    expect(weeklyPlanSchema.safeParse(payload).success).toBe(ok);
  });
});
