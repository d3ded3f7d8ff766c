import { cardsFor } from '../cardTypes';

/** For calm moments after a rough patch, never in the middle of a fight. */
export const REPAIR_CARDS = cardsFor('repair', [
  ['question', 'Is there something from this week you would like to talk through calmly?'],
  ['question', 'When we disagree, what helps you calm down?'],
  ['question', 'When you are upset, what could I do that would help rather than make it worse?'],
  ['question', 'Did I say or do something lately that hurt, that you have not mentioned?'],
  ['question', 'What helps an apology feel real to you?'],
  ['question', 'What do you need from me to be able to let something go?'],
  ['question', 'Which pattern in our arguments could we change together?'],
  ['idea', 'Each finish the sentence "I am sorry for…" about something small. The other just says "Thank you."'],
  ['idea', 'Agree on a signal either of you can use to pause a heated talk and come back to it later.'],
  ['idea', 'Talk about a recent disagreement and each guess what the other was feeling underneath.'],
  ['idea', 'After a rough moment, offer a hand or a hug, even before everything is sorted out.'],
]);
