/**
 * Why closeness fades: the common causes, each with what Hearth offers for it. The ids match the
 * "what is getting in the way" choices of a check-in, so a check-in answer can lead straight here.
 */

export const CAUSE_IDS = ['stress', 'family', 'not-talking', 'routine', 'health'] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export interface ClosenessCause {
  id: CauseId;
  title: string;
  explanation: string;
  whatHearthOffers: string;
  /** Exercises that help with this cause, by id. */
  exerciseIds: readonly string[];
}

export const CAUSES_INTRO =
  'Drifting apart rarely happens because of one big thing. More often, ordinary life slowly takes up the ' +
  'room you used to have for each other. Knowing what has crowded in is the first step to making space again. ' +
  'Most couples will recognise more than one of these.';

export const CLOSENESS_CAUSES: readonly ClosenessCause[] = [
  {
    id: 'stress',
    title: 'Stress and daily pressure',
    explanation:
      'Work, money worries and a never-ending to-do list wear you down, in body and mind. When you are ' +
      'running on empty, there is little left over for each other, and closeness is often the first thing to go.',
    whatHearthOffers:
      'Small rituals that fit into a tired evening: a five-minute bedtime appreciation, a long hug, a quick ' +
      'check-in that lets you see stress building before it spills over.',
    exerciseIds: ['daily-appreciation', 'long-hug', 'regular-check-ins'],
  },
  {
    id: 'family',
    title: 'Parenting and family load',
    explanation:
      'Children, ageing parents and family duties ask more and more of you, while time as a couple shrinks. ' +
      'You can become an excellent team at logistics and still lose track of each other as partners.',
    whatHearthOffers:
      'Ways to protect a little time that is only yours: date nights at home after bedtime, a device-free ' +
      'hour, planned affection, and a weekly plan that keeps them from being squeezed out.',
    exerciseIds: ['date-night-in', 'device-free-hour', 'planned-affection'],
  },
  {
    id: 'not-talking',
    title: 'Not talking',
    explanation:
      'When silence or guessing takes the place of honest conversation, distance grows quietly. Feelings ' +
      'that are never said tend to build up, and over time they can turn into resentment, or into not caring.',
    whatHearthOffers:
      'Structure that makes talking easier: the 20-minute talk with its turn timer, regular check-ins, ' +
      'listening practice and conversation cards for when you do not know where to start.',
    exerciseIds: ['twenty-minute-talk', 'regular-check-ins', 'active-listening'],
  },
  {
    id: 'routine',
    title: 'Falling into routine',
    explanation:
      'When life runs on autopilot, the things you used to do together lose their sparkle. What once felt ' +
      'special turns into one more chore, and the sense of adventure fades.',
    whatHearthOffers:
      'Fresh ideas: over thirty date nights in and out, shared hobbies to try, and a deck of cards with ' +
      'questions you may never have asked each other.',
    exerciseIds: ['date-night-out', 'shared-hobby', 'memory-lane'],
  },
  {
    id: 'health',
    title: 'Changes in health and hormones',
    explanation:
      'Body and mind are closely linked. Hormonal changes, illness, pain, medicines and sheer tiredness can ' +
      'all affect desire and the wish to be close. This is very common, and it is nobody\'s fault.',
    whatHearthOffers:
      'Gentle ways to stay close at your own pace: small everyday gestures and the staged sensate focus ' +
      'programme. If you notice changes in your body or your desire, a doctor or nurse is a good person to talk to.',
    exerciseIds: ['small-gestures', 'sensate-focus', 'support-with-empathy'],
  },
];
