/**
 * Small gestures to try this week, for the gestures tool. Each takes a minute or two and is tagged with
 * the love languages it speaks, so a partner's results can bring the fitting ones forward.
 */
import type { LoveLanguageId } from './loveLanguages';

export interface Gesture {
  id: string;
  text: string;
  /** The love languages this gesture speaks most clearly. Empty when it fits everyone alike. */
  languages: readonly LoveLanguageId[];
}

export const GESTURES: readonly Gesture[] = [
  { id: 'hold-hands', text: 'Hold hands while you walk, or while you watch something together.', languages: ['physical-touch'] },
  { id: 'goodnight-hug', text: 'Hug goodnight, every night this week.', languages: ['physical-touch'] },
  { id: 'shoulder-rub', text: 'Offer a two-minute shoulder rub after a long day.', languages: ['physical-touch', 'acts-of-service'] },
  { id: 'hello-kiss', text: 'Greet each other with a kiss or a hug when one of you comes home.', languages: ['physical-touch'] },
  { id: 'sit-close', text: 'Sit close on the sofa instead of at opposite ends.', languages: ['physical-touch', 'quality-time'] },
  { id: 'hand-on-back', text: 'Rest a hand on their back as you pass in the kitchen.', languages: ['physical-touch'] },
  { id: 'note-in-bag', text: 'Slip a short, kind note into their bag or coat pocket.', languages: ['words-of-affirmation'] },
  { id: 'midday-message', text: 'Send a message in the middle of the day: "Thinking of you."', languages: ['words-of-affirmation'] },
  { id: 'thank-you-specific', text: 'Thank them for one ordinary thing they do, and say exactly what it is.', languages: ['words-of-affirmation'] },
  { id: 'praise-in-company', text: 'Say something warm about them when friends or family are around.', languages: ['words-of-affirmation'] },
  { id: 'morning-drink', text: 'Make their tea or coffee just the way they like it.', languages: ['acts-of-service'] },
  { id: 'take-a-chore', text: 'Quietly take over one of their chores for the day.', languages: ['acts-of-service'] },
  { id: 'warm-the-bed', text: 'Warm their side of the bed or lay out a cosy blanket on a cold night.', languages: ['acts-of-service'] },
  { id: 'errand-for-them', text: 'Run an errand they have been putting off.', languages: ['acts-of-service'] },
  { id: 'favourite-treat', text: 'Bring home their favourite snack for no reason.', languages: ['receiving-gifts'] },
  { id: 'single-flower', text: 'Pick a single flower, or a pretty leaf, and leave it where they will see it.', languages: ['receiving-gifts'] },
  { id: 'song-for-them', text: 'Send them a song that made you think of them.', languages: ['receiving-gifts', 'words-of-affirmation'] },
  { id: 'little-keepsake', text: 'Keep a ticket, a pebble or a postcard from a day together and give it to them.', languages: ['receiving-gifts'] },
  { id: 'ten-minutes-undivided', text: 'Give them ten minutes of full attention, with your phone in another room.', languages: ['quality-time'] },
  { id: 'evening-stroll', text: 'Ask them to come for a short stroll after dinner.', languages: ['quality-time'] },
  { id: 'second-question', text: 'When they tell you about their day, ask a second question.', languages: ['quality-time', 'words-of-affirmation'] },
  { id: 'coffee-together', text: 'Have your morning coffee together, sitting down, before the day starts.', languages: ['quality-time'] },
  { id: 'smile-and-eye-contact', text: 'Catch their eye across the room and smile.', languages: [] },
  { id: 'remember-the-detail', text: 'Ask about the thing they mentioned yesterday: the meeting, the call, the worry.', languages: ['quality-time', 'words-of-affirmation'] },
];

export function gesturesForLanguage(language: LoveLanguageId): readonly Gesture[] {
  return GESTURES.filter((g) => g.languages.includes(language));
}
