import { describe, expect, it } from 'vitest';
import { DATE_NIGHT_IDEAS } from '../content/dateNights';
import {
  dateNightPayloadSchema,
  filterIdeas,
  isDateNightPayload,
  isPastDay,
  planDayProblem,
  upcomingDateNights,
} from './dateNightPlans';

const ID = '6f1c1e0e-8a43-4c1b-9a53-1f1d2c3b4a5e';

describe('filterIdeas', () => {
  it.each([
    ['in', (setting: string) => setting === 'in'],
    ['out', (setting: string) => setting === 'out'],
    ['all', () => true],
  ] as const)('shows the ideas for %s', (filter, keeps) => {
    const shown = filterIdeas(DATE_NIGHT_IDEAS, filter);
    expect(shown.length).toBe(DATE_NIGHT_IDEAS.filter((idea) => keeps(idea.setting)).length);
    expect(shown.length).toBeGreaterThan(0);
  });
});

describe('upcomingDateNights', () => {
  it('leaves out settled plans and puts the soonest first', () => {
    const plans = [
      { id: 'c', day: '2026-06-03', ideaId: 'sunset-walk' },
      { id: 'a', day: '2026-05-20', ideaId: 'candlelit-dinner' },
      { id: 'b', day: '2026-05-25', ideaId: 'day-hike' },
    ];
    expect(upcomingDateNights(plans, [{ planId: 'b' }]).map((plan) => plan.id)).toEqual(['a', 'c']);
    expect(upcomingDateNights([], [])).toEqual([]);
  });
});

describe('days', () => {
  it.each([
    ['2026-05-20', '2026-05-20', null],
    ['2026-05-21', '2026-05-20', null],
    ['2026-05-19', '2026-05-20', 'That day has already passed. Choose today or a day still to come.'],
    ['', '2026-05-20', 'Choose the day you would like to have it.'],
    ['2026-02-30', '2026-01-01', 'Choose the day you would like to have it.'],
  ])('planning %s when today is %s', (day, today, problem) => {
    expect(planDayProblem(day, today)).toBe(problem);
  });

  it('knows a past day', () => {
    expect(isPastDay('2026-05-19', '2026-05-20')).toBe(true);
    expect(isPastDay('2026-05-20', '2026-05-20')).toBe(false);
  });
});

describe('payloads', () => {
  it.each([
    [{ type: 'dateNight', v: 1, ideaId: 'day-hike', day: '2026-05-20' }, true],
    [{ type: 'dateNightSettled', v: 1, planId: ID, outcome: 'let-go' }, true],
    [{ type: 'dateNightSettled', v: 1, planId: ID, outcome: 'done', sessionId: ID }, true],
    [{ type: 'dateNight', v: 1, ideaId: 'day-hike', day: '20/05/2026' }, false],
    [{ type: 'dateNight', v: 1, ideaId: 'day-hike', day: '2026-05-20', extra: 1 }, false],
    [{ type: 'dateNightSettled', v: 1, planId: 'nope', outcome: 'done' }, false],
  ])('validates %j as %s', (payload, isValid) => {
    expect(dateNightPayloadSchema.safeParse(payload).success).toBe(isValid);
    expect(isDateNightPayload(payload)).toBe(true);
  });

  it('tells a weekly plan from a date night', () => {
    expect(isDateNightPayload({ v: 1, items: [] })).toBe(false);
    expect(isDateNightPayload(null)).toBe(false);
  });
});
