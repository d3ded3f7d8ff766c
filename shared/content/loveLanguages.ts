/**
 * The five love languages: what each one means and ways to speak it to a partner whose language it is.
 * The assessment that finds a person's languages is in loveLanguageAssessment.ts; the tank check is in
 * loveTank.ts.
 */

export const LOVE_LANGUAGE_IDS = [
  'words-of-affirmation',
  'acts-of-service',
  'receiving-gifts',
  'quality-time',
  'physical-touch',
] as const;

export type LoveLanguageId = (typeof LOVE_LANGUAGE_IDS)[number];

export interface LoveLanguage {
  id: LoveLanguageId;
  name: string;
  /** What it is like when this is your language. */
  description: string;
  /** What tends to sting for someone with this language, said gently. */
  whatCanHurt: string;
  /** Things to do for a partner whose language this is. */
  suggestions: readonly string[];
}

export const LOVE_LANGUAGES_ABOUT =
  'The idea of five love languages comes from Dr. Gary Chapman, a counsellor who described it in his book ' +
  '"The 5 Love Languages". His observation is simple: each of us has ways of being loved that reach us ' +
  'most easily, and they are often not the ways our partner naturally shows love. Most people respond to ' +
  'all five, with one or two that matter most. Knowing yours, and your partner\'s, helps the love you ' +
  'already give land where it counts.';

export const LOVE_LANGUAGES: readonly LoveLanguage[] = [
  {
    id: 'words-of-affirmation',
    name: 'Words of affirmation',
    description:
      'You feel loved when you hear it. Kind words, thanks, encouragement and praise stay with you for days.',
    whatCanHurt: 'Harsh words, or going a long time without hearing anything warm.',
    suggestions: [
      'Tell them one specific thing you admire about them, today.',
      'Leave a short note where they will find it: in a bag, on the mirror, by the kettle.',
      'Send a message in the middle of the day that just says you are thinking of them.',
      'Thank them out loud for something ordinary they do every day.',
      'Praise them in front of friends or family, where they can hear it.',
      'Before a hard day, tell them you believe in them.',
      'Write a letter about a favourite memory of the two of you.',
      'When they share an idea, start with what you like about it.',
    ],
  },
  {
    id: 'acts-of-service',
    name: 'Acts of service',
    description:
      'You feel loved when someone lightens your load. A job done without asking says "I see you and I have got you".',
    whatCanHurt: 'Promises to help that are forgotten, or being left to carry everything alone.',
    suggestions: [
      'Take on a chore they usually do, without being asked and without mentioning it.',
      'Make their morning drink or pack their lunch before a busy day.',
      'Ask: "What is one thing I could take off your plate this week?" Then do it.',
      'Fix the small thing that has been annoying them for weeks.',
      'Handle a phone call or an errand they have been dreading.',
      'Have dinner ready, or the washing done, when they get home late.',
      'Run them a bath or warm the car on a cold morning.',
      'Follow through on something you said you would do, promptly.',
    ],
  },
  {
    id: 'receiving-gifts',
    name: 'Receiving gifts',
    description:
      'You feel loved by a token of thought. It is not about money: the gift shows you were on their mind.',
    whatCanHurt: 'Forgotten occasions, or a gift that shows no thought went into it.',
    suggestions: [
      'Bring home their favourite snack or flower for no reason at all.',
      'Keep a note of things they mention wanting, and surprise them with one.',
      'Pick up a small souvenir from a trip, even a pebble or a postcard.',
      'Give them a handmade card or a little drawing.',
      'Make a playlist or a photo book just for them.',
      'Mark small anniversaries: the day you met, a first trip, a shared joke.',
      'Wrap even a tiny present. The care in giving it matters.',
      'Write a "coupon" for something they love: breakfast in bed, a film of their choice.',
    ],
  },
  {
    id: 'quality-time',
    name: 'Quality time',
    description:
      'You feel loved when someone gives you their full attention. Time together, with nothing else competing, matters most.',
    whatCanHurt: 'Plans cancelled at the last minute, or half-listening while looking at a phone.',
    suggestions: [
      'Put your phone away completely when they are talking to you.',
      'Plan a date, and protect it from other plans.',
      'Take a short walk together after dinner.',
      'Ask about their day, and ask a second question about what they tell you.',
      'Start a small ritual: morning coffee together, or a chat before sleep.',
      'Do a chore together instead of splitting it.',
      'Try something new together that they have been curious about.',
      'Set aside a device-free hour in the evening.',
    ],
  },
  {
    id: 'physical-touch',
    name: 'Physical touch',
    description:
      'You feel loved through touch. A hand on your back, a hug, sitting close: these say more to you than words.',
    whatCanHurt: 'Long stretches without affection, or touch that is withheld when things are tense.',
    suggestions: [
      'Hold hands when you walk or sit together.',
      'Greet them with a hug when you come home, and again when they leave.',
      'Sit close on the sofa, shoulder to shoulder.',
      'Offer a short shoulder or neck rub after a long day.',
      'Touch their arm or back in passing, just to connect.',
      'Give a long, unhurried hug when they are stressed.',
      'Plan cuddle time, with no other expectation.',
      'Ask what kinds of touch they like most, and remember.',
    ],
  },
];

export function loveLanguageById(id: LoveLanguageId): LoveLanguage {
  const language = LOVE_LANGUAGES.find((l) => l.id === id);
  if (!language) throw new Error(`Unknown love language: ${id}`);
  return language;
}

export function isLoveLanguageId(value: unknown): value is LoveLanguageId {
  return typeof value === 'string' && (LOVE_LANGUAGE_IDS as readonly string[]).includes(value);
}
