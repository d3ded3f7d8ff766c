import { cardsFor } from '../cardTypes';

/** Gentle by design: every card here can be passed on, and none asks anyone to justify a feeling. */
export const FEARS_AND_TENDER_SPOTS_CARDS = cardsFor('fears-and-tender-spots', [
  ['question', 'What do you worry about more than you let on?'],
  ['question', 'When do you feel most alone?'],
  ['question', 'What do you find hard to ask for?'],
  ['question', 'What do people often misunderstand about you?'],
  ['question', 'What helps you most when you feel anxious or low?'],
  ['question', 'Is there something from the past that still stings now and then?'],
  ['question', 'What makes you feel unsure of yourself?'],
  ['question', 'When have you felt most supported by me?'],
  ['question', 'Is there a worry about us that you would like to say, gently?'],
  ['idea', 'Finish this sentence for each other: "I feel safest with you when…"'],
  ['idea', 'Each share one small worry. The only reply is "Thank you for telling me." No fixing.'],
]);
