import { describe, expect, it } from 'vitest';
import type { WeekView } from '@renderer/features/checkins';
import { appreciationWords, checkinStanding, checkinWords, daysShownUpWords, greeting, minutesWords, todayLead, type CheckinStanding } from './todayWording';

const WORDS_THAT_NAG = /missed|streak|behind|\blate\b|forgot|failed|only \d|should|must|again\b|!/i;

describe('greeting', () => {
  it.each([
    [7, 'Ada', 'Good morning, Ada.'],
    [12, 'Ada', 'Good afternoon, Ada.'],
    [19, 'Ada', 'Good evening, Ada.'],
    [1, 'Ada', 'Good evening, Ada.'],
    [9, undefined, 'Good morning.'],
  ])('at %i o\'clock for %s', (hour, name, expected) => {
    expect(greeting(new Date(2026, 2, 9, hour), name)).toBe(expected);
  });

  it.each([
    [true, 'Good evening, Ada. Here is what today holds for the two of you.'],
    [false, 'Good evening, Ada. Here is what today holds for you.'],
  ])('leads for a couple (%s) or one', (hasPartner, expected) => {
    expect(todayLead(new Date(2026, 2, 9, 21), 'Ada', hasPartner)).toBe(expected);
  });
});

describe('appreciationWords', () => {
  it.each([
    [{ isYou: true, hasWritten: true, name: 'Ada', partnerName: 'Bo' }, 'Written tonight', /Your words to Bo/],
    [{ isYou: true, hasWritten: false, name: 'Ada', partnerName: 'Bo' }, 'Still to write', /something Bo did today/],
    [{ isYou: true, hasWritten: false, name: 'Ada' }, 'Still to write', /until they join you/],
    [{ isYou: true, hasWritten: true, name: 'Ada' }, 'Written tonight', /when your partner joins/],
    [{ isYou: false, hasWritten: true, name: 'Bo' }, 'Written tonight', /Bo wrote something for you/],
    [{ isYou: false, hasWritten: false, name: 'Bo' }, 'Still to write', /no hurry/],
  ])('%o', (input, status, detail) => {
    const words = appreciationWords(input);
    expect(words.status).toBe(status);
    expect(words.detail).toMatch(detail);
    expect(`${words.status} ${words.detail}`).not.toMatch(WORDS_THAT_NAG);
  });
});

const week = (mine: boolean, partner: WeekView['partner']['state']): WeekView =>
  ({
    week: '2026-W11',
    mine: mine ? ({} as NonNullable<WeekView['mine']>) : null,
    partner: partner === 'open' ? { state: 'open', entry: {} as never } : { state: partner },
  }) as WeekView;

describe('checkinStanding', () => {
  it.each([
    [week(false, 'notYet'), true, 'ready'],
    [week(false, 'sealed'), true, 'partnerAnswered'],
    [week(false, 'open'), true, 'partnerAnswered'],
    [week(true, 'notYet'), true, 'waitingForPartner'],
    [week(true, 'open'), true, 'bothAnswered'],
    [week(true, 'sealed'), true, 'bothAnswered'],
    [week(false, 'notYet'), false, 'aloneReady'],
    [week(true, 'notYet'), false, 'aloneAnswered'],
  ] as const)('%o with a partner: %s', (view, hasPartner, expected) => {
    expect(checkinStanding(view, hasPartner)).toBe(expected);
  });
});

describe('checkinWords', () => {
  it.each<[CheckinStanding, string, boolean]>([
    ['ready', 'Ready when you are', true],
    ['partnerAnswered', 'Bo has answered', true],
    ['waitingForPartner', 'Waiting for Bo', false],
    ['bothAnswered', 'You have both answered', false],
    ['aloneReady', 'Ready when you are', true],
    ['aloneAnswered', 'Answered this week', false],
  ])('%s', (standing, status, isYourTurn) => {
    const words = checkinWords(standing, 'Bo');
    expect(words.status).toBe(status);
    expect(words.isYourTurn).toBe(isYourTurn);
    expect(`${words.status} ${words.detail}`).not.toMatch(WORDS_THAT_NAG);
  });
});

describe('daysShownUpWords', () => {
  it.each([
    [1, "You've shown up on 1 day"],
    [2, "You've shown up on 2 days"],
    [1234, "You've shown up on 1,234 days"],
  ])('%i', (days, expected) => {
    const words = daysShownUpWords(days);
    expect(words.count.replace(/\u00a0|\u202f/g, ',').replace(/\./g, ',')).toBe(expected);
    expect(words.detail).not.toMatch(WORDS_THAT_NAG);
  });
});

describe('minutesWords', () => {
  it.each([
    [1, 'About a minute'],
    [20, 'About 20 minutes'],
  ])('%i', (minutes, expected) => {
    expect(minutesWords(minutes)).toBe(expected);
  });
});
