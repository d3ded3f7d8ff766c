import { cardsFor } from '../cardTypes';

/** Everyday, non-explicit closeness only; anything more belongs to the sensate focus programme. */
export const TOUCH_AND_CLOSENESS_CARDS = cardsFor('touch-and-closeness', [
  ['question', 'What kind of hug do you like best: quick and tight, or long and slow?'],
  ['question', 'Which simple touch do you like most: a hand held, a hand on your shoulder, fingers in your hair?'],
  ['question', 'When does touch feel most comforting to you?'],
  ['question', 'Is there a kind of touch that does not feel good right now? It is fine to say.'],
  ['question', 'What helps you relax enough to enjoy being close?'],
  ['question', 'How do you like me to show affection when we are out with other people?'],
  ['idea', 'Hold hands for five minutes without talking, and just notice how it feels.'],
  ['idea', 'Take turns giving each other a two-minute hand massage.'],
  ['idea', 'Fall asleep tonight touching in some small way: feet, hands or backs.'],
  ['idea', 'Slow dance in the kitchen to one song.'],
  ['idea', 'Sit back to back and breathe slowly together for a minute.'],
]);
