import { cardsFor } from '../cardTypes';

export const MEMORY_CARDS = cardsFor('memories', [
  ['question', 'What do you remember about the first time we met?'],
  ['question', 'When did you first know you wanted to be with me?'],
  ['question', 'Which trip or day out of ours would you love to live again?'],
  ['question', 'What is the funniest thing that has ever happened to us?'],
  ['question', 'Which hard time did we get through that you feel proud of?'],
  ['question', 'What small, everyday memory of us do you treasure?'],
  ['question', 'Which song takes you straight back to a moment we shared?'],
  ['question', 'What did you think of me on our first date?'],
  ['question', 'Is there a tradition from your childhood you would like us to keep or start?'],
  ['idea', 'Find a photo from your early days together and tell each other what was happening that day.'],
  ['idea', 'Cook a meal you shared near the start of your relationship.'],
]);
