import { cardsFor } from '../cardTypes';

export const TIME_TOGETHER_CARDS = cardsFor('time-together', [
  ['question', 'What is something we used to do together that you miss?'],
  ['question', 'What could we do together on a free evening this week?'],
  ['question', 'Which of our little routines do you enjoy most?'],
  ['question', 'What new activity would you love us to try?'],
  ['question', 'When do you feel we have our best conversations?'],
  ['question', 'What would make our weekends feel more like ours?'],
  ['idea', 'Plan a date for this week, right now, and put it in the diary.'],
  ['idea', 'Choose one evening this week to keep completely free of phones.'],
  ['idea', 'Go for a walk together with no destination in mind.'],
  ['idea', 'Cook dinner together tonight, each taking half the jobs.'],
  ['idea', 'Pick a series or a book to share, just the two of you.'],
]);
