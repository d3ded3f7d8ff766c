/**
 * The quick "how full is your tank" check: a 0 to 10 scale with words at a few points, and a prompt for
 * what would help fill it. The answers and their history are stored elsewhere.
 */

export const TANK_MIN = 0;
export const TANK_MAX = 10;

export interface TankAnchor {
  value: number;
  words: string;
}

export const LOVE_TANK_CHECK = {
  title: 'How full is your tank?',
  question: 'Right now, how loved and cared for do you feel in your relationship?',
  hint: 'There is no right number. It changes from week to week, and that is normal.',
  anchors: [
    { value: 0, words: 'Running on empty' },
    { value: 3, words: 'Quite low' },
    { value: 5, words: 'Getting by' },
    { value: 7, words: 'Fairly full' },
    { value: 10, words: 'Full to the brim' },
  ] as readonly TankAnchor[],
  fillPrompt: 'What would help fill it a little this week?',
  fillExamples: [
    'An evening with our phones away.',
    'Hearing that you are glad we are together.',
    'A long hug when I get home.',
    'Help with the washing up.',
    'A small surprise, just because.',
  ] as readonly string[],
} as const;

/** The words for a value: the nearest anchor at or below it. Values outside 0-10 or not whole are refused. */
export function tankWords(value: number): string {
  if (!Number.isInteger(value) || value < TANK_MIN || value > TANK_MAX) {
    throw new RangeError(`Tank value must be a whole number from ${TANK_MIN} to ${TANK_MAX}`);
  }
  let words = LOVE_TANK_CHECK.anchors[0]?.words ?? '';
  for (const anchor of LOVE_TANK_CHECK.anchors) if (anchor.value <= value) words = anchor.words;
  return words;
}
