import { cardsFor } from '../cardTypes';

export const APPRECIATION_CARDS = cardsFor('appreciation', [
  ['question', 'What do I do that makes your day a little easier?'],
  ['question', 'Which of my qualities do you most admire?'],
  ['question', 'When did I last make you feel really cared for?'],
  ['question', 'What have I done lately that you did not get round to thanking me for?'],
  ['question', 'What have you learned from me?'],
  ['question', 'What is your favourite thing about how we are together?'],
  ['question', 'What made you smile about me this week?'],
  ['idea', 'Tell each other three things you appreciate: one big, two small.'],
  ['idea', 'Write each other a short thank-you note and read it aloud.'],
  ['idea', 'Name one way your partner has grown since you met.'],
  ['idea', 'Tomorrow, send each other one compliment during the day.'],
]);
