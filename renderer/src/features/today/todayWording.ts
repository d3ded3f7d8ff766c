/**
 * Every sentence Today shows about the state of things, in one place so the tone stays the same: warm,
 * plain, calm. Nothing here counts against anyone, names a missed day, or hurries a partner.
 */
import type { WeekView } from '@renderer/features/checkins';

export function greeting(now: Date, name: string | undefined): string {
  const hour = now.getHours();
  const part = hour >= 5 && hour < 12 ? 'Good morning' : hour >= 12 && hour < 18 ? 'Good afternoon' : 'Good evening';
  return name ? `${part}, ${name}.` : `${part}.`;
}

/** The lead under the title: who it is for. */
export function todayLead(now: Date, name: string | undefined, hasPartner: boolean): string {
  const forWhom = hasPartner ? 'the two of you' : 'you';
  return `${greeting(now, name)} Here is what today holds for ${forWhom}.`;
}

export interface AppreciationWords {
  /** A short state, also shown beside the tick or the open circle, so it never rests on colour. */
  status: string;
  detail: string;
}

/** Tonight's appreciation for one person: `partnerName` is the other partner, if there is one. */
export function appreciationWords(input: { isYou: boolean; hasWritten: boolean; name: string; partnerName?: string }): AppreciationWords {
  const { isYou, hasWritten, name, partnerName } = input;
  if (isYou) {
    if (hasWritten) {
      return { status: 'Written tonight', detail: partnerName ? `Your words to ${partnerName} are safe in the journal.` : 'Your words are safe in the journal, kept for when your partner joins you.' };
    }
    return {
      status: 'Still to write',
      detail: partnerName ? `A sentence or two about something ${partnerName} did today is plenty.` : 'A few kind words about the one you love, kept safe until they join you.',
    };
  }
  if (hasWritten) return { status: 'Written tonight', detail: `${name} wrote something for you. It is waiting in the journal.` };
  return { status: 'Still to write', detail: `${name} may write later on. There is no hurry.` };
}

/** Where this week's weekly check-in stands, as the viewer sees it. */
export type CheckinStanding =
  | 'ready' // nobody has answered yet
  | 'partnerAnswered' // the partner has, sealed or shared early; the viewer has not
  | 'waitingForPartner' // the viewer has; the partner has not yet
  | 'bothAnswered'
  | 'aloneReady'
  | 'aloneAnswered';

export function checkinStanding(view: WeekView, hasPartner: boolean): CheckinStanding {
  const hasMine = view.mine !== null;
  if (!hasPartner) return hasMine ? 'aloneAnswered' : 'aloneReady';
  const hasTheirs = view.partner.state !== 'notYet';
  if (hasMine) return hasTheirs ? 'bothAnswered' : 'waitingForPartner';
  return hasTheirs ? 'partnerAnswered' : 'ready';
}

export interface CheckinWords {
  status: string;
  detail: string;
  /** Whether the viewer still has their answer to give (the "Check in" action leads). */
  isYourTurn: boolean;
}

export function checkinWords(standing: CheckinStanding, partnerName: string): CheckinWords {
  switch (standing) {
    case 'ready':
      return { status: 'Ready when you are', detail: 'A few minutes each: how you are doing, and what would help this week.', isYourTurn: true };
    case 'partnerAnswered':
      return { status: `${partnerName} has answered`, detail: 'Their answers stay sealed until you have answered too, then you see both together.', isYourTurn: true };
    case 'waitingForPartner':
      return { status: `Waiting for ${partnerName}`, detail: `You have answered. Your answers stay sealed until ${partnerName} has answered too.`, isYourTurn: false };
    case 'bothAnswered':
      return { status: 'You have both answered', detail: 'Your answers are side by side in This week.', isYourTurn: false };
    case 'aloneReady':
      return { status: 'Ready when you are', detail: 'A few minutes: how you are doing, and what would help this week.', isYourTurn: true };
    case 'aloneAnswered':
      return { status: 'Answered this week', detail: 'Your answers are kept in This week.', isYourTurn: false };
  }
}

/** The day count: only ever grows, and says nothing about days in between. */
export function daysShownUpWords(days: number): { count: string; detail: string } {
  const number = new Intl.NumberFormat().format(days);
  return {
    count: `You've shown up on ${number} ${days === 1 ? 'day' : 'days'}`,
    detail: 'Every day either of you writes, checks in or practises together adds to it. It only ever grows.',
  };
}

export function minutesWords(minutes: number): string {
  return minutes === 1 ? 'About a minute' : `About ${minutes} minutes`;
}
