import { cardsFor } from '../cardTypes';

export const TODAY_CARDS = cardsFor('today', [
  ['question', 'What was the best moment of your day, even a tiny one?'],
  ['question', 'What took more out of you today than you expected?'],
  ['question', 'Was there a moment today when you thought of me?'],
  ['question', 'What is one thing you are looking forward to tomorrow?'],
  ['question', 'If today had a weather forecast, what would it be?'],
  ['question', 'What made you laugh today?'],
  ['question', 'Is there anything you would like a hand with this week?'],
  ['question', 'Who did you talk to today that left you feeling good?'],
  ['question', 'What is on your mind that you have not said out loud yet?'],
  ['idea', 'Describe your day in three words. Then pick one word and tell the story behind it.'],
  ['idea', 'Show each other one photo from today and say why you took it.'],
]);
