import { cardsFor } from '../cardTypes';

export const HOPES_AND_DREAMS_CARDS = cardsFor('hopes-and-dreams', [
  ['question', 'Where would you love us to be in five years?'],
  ['question', 'What have you always wanted to learn?'],
  ['question', 'If time and money were no object, how would you spend a year?'],
  ['question', 'What does a perfect, ordinary Sunday look like to you?'],
  ['question', 'Is there a dream you put aside that you might like to pick up again?'],
  ['question', 'What kind of old couple would you like us to be?'],
  ['question', 'Which place in the world would you most like to see together?'],
  ['question', 'How would you like our home to feel?'],
  ['question', 'What would you like more of in your life, and what less of?'],
  ['idea', 'Each write three things you would like to do together this year, then compare lists.'],
  ['idea', 'Start a small "someday" list together and pin it where you will both see it.'],
]);
