/**
 * Appreciation prompts: short starting points for the evening note to a partner, when the words are slow.
 * Owns the prompt ids, their themes and their words (all our own); holds nothing anyone wrote. An entry may
 * keep the id of the prompt it started from, so ids are stable: never reuse or renumber one.
 */

export const PROMPT_THEMES = ['small-things', 'care', 'character', 'together', 'looking-back', 'growing'] as const;

export type PromptTheme = (typeof PROMPT_THEMES)[number];

/** How each theme is named where prompts are grouped. */
export const PROMPT_THEME_NAMES: Readonly<Record<PromptTheme, string>> = {
  'small-things': 'Small things',
  care: 'Care',
  character: 'Who they are',
  together: 'The two of us',
  'looking-back': 'Looking back',
  growing: 'Growing',
};

export interface AppreciationPrompt {
  /** Stable, kebab-case; stored in entries that started from this prompt. */
  id: string;
  text: string;
  theme: PromptTheme;
}

export const APPRECIATION_PROMPTS: readonly AppreciationPrompt[] = [
  // Small things: the easy-to-miss moments of an ordinary day.
  { id: 'small-gesture', theme: 'small-things', text: 'What small thing did they do today that made your day a little easier?' },
  { id: 'made-you-smile', theme: 'small-things', text: 'When did they make you smile today, even for a second?' },
  { id: 'without-asking', theme: 'small-things', text: 'What did they take care of today without being asked?' },
  { id: 'ordinary-moment', theme: 'small-things', text: 'Which ordinary moment with them today would you happily live again?' },
  { id: 'their-voice', theme: 'small-things', text: 'Something they said today that stayed with you.' },
  { id: 'noticed-detail', theme: 'small-things', text: 'A detail about them you noticed today: a look, a habit, a turn of phrase.' },
  { id: 'morning-evening', theme: 'small-things', text: 'How did they make this morning or this evening feel warmer?' },
  { id: 'tiny-thanks', theme: 'small-things', text: 'Name one thing from today you never quite thanked them for.' },

  // Care: how they look after you, the household and the people around them.
  { id: 'looked-after', theme: 'care', text: 'When did you feel looked after by them today?' },
  { id: 'listened-well', theme: 'care', text: 'Think of a time today they really listened. What did that feel like?' },
  { id: 'care-for-others', theme: 'care', text: 'How did you see them care for someone else today?' },
  { id: 'carried-load', theme: 'care', text: 'What part of the load did they carry today so you did not have to?' },
  { id: 'patience', theme: 'care', text: 'Where did they show patience today, with you or with anyone?' },
  { id: 'remembered', theme: 'care', text: 'What did they remember that mattered to you?' },
  { id: 'comfort', theme: 'care', text: 'How do they comfort you when the day has been hard?' },
  { id: 'quiet-effort', theme: 'care', text: 'Which quiet effort of theirs usually goes unseen? Let them know you see it.' },

  // Who they are: qualities, not tasks.
  { id: 'quality-today', theme: 'character', text: 'Which of their qualities showed up today?' },
  { id: 'proud-of', theme: 'character', text: 'What did they do lately that made you proud of them?' },
  { id: 'admire', theme: 'character', text: 'What do you admire about the way they handle difficult things?' },
  { id: 'their-humour', theme: 'character', text: 'What is it about their sense of humour that gets you every time?' },
  { id: 'brave', theme: 'character', text: 'When were they brave recently, in a big way or a small one?' },
  { id: 'kind-to-self', theme: 'character', text: 'What would you like them to know about how good they are, on the days they forget?' },
  { id: 'unique', theme: 'character', text: 'What is something only they would do, and that you love them for?' },
  { id: 'strength', theme: 'character', text: 'A strength of theirs you lean on more than you say.' },

  // The two of us: what they bring to the couple.
  { id: 'team', theme: 'together', text: 'When did you feel like a team today?' },
  { id: 'close-moment', theme: 'together', text: 'Was there a moment today when you felt close to them? Describe it.' },
  { id: 'laughed-together', theme: 'together', text: 'What did the two of you laugh about recently?' },
  { id: 'touch', theme: 'together', text: 'A touch, a hug or a hand held today that you were glad of.' },
  { id: 'home-feeling', theme: 'together', text: 'What do they do that makes home feel like home?' },
  { id: 'shared-plan', theme: 'together', text: 'Something you are looking forward to doing with them.' },
  { id: 'made-time', theme: 'together', text: 'When did they make time for you, even when time was short?' },
  { id: 'feel-safe', theme: 'together', text: 'What helps you feel safe being yourself with them?' },

  // Looking back: memories and the longer story.
  { id: 'first-noticed', theme: 'looking-back', text: 'What was one of the first things you noticed about them?' },
  { id: 'favourite-memory', theme: 'looking-back', text: 'A favourite memory of the two of you, and why it stays with you.' },
  { id: 'hard-time', theme: 'looking-back', text: 'Think of a hard time they helped you through. What did they do?' },
  { id: 'still-love', theme: 'looking-back', text: 'What did you love about them from the start, and still love now?' },
  { id: 'changed-you', theme: 'looking-back', text: 'How has knowing them changed you for the better?' },
  { id: 'this-year', theme: 'looking-back', text: 'What has this year shown you about them that you did not know before?' },

  // Growing: effort, change and what they are working on.
  { id: 'effort-seen', theme: 'growing', text: 'What effort of theirs have you noticed lately, even if it is still in progress?' },
  { id: 'tried-something', theme: 'growing', text: 'When did they try something new or step out of their comfort zone?' },
  { id: 'apology', theme: 'growing', text: 'When did they own a mistake or make things right? What did that mean to you?' },
  { id: 'reached-out', theme: 'growing', text: 'How did they reach out to you this week, even in a small way?' },
  { id: 'working-on', theme: 'growing', text: 'What are they working on in themselves that you want to cheer on?' },
  { id: 'better-day', theme: 'growing', text: 'How did they make today a better day than it might have been?' },
];

export function promptById(id: string): AppreciationPrompt | undefined {
  return APPRECIATION_PROMPTS.find((prompt) => prompt.id === id);
}

/**
 * A prompt for a given day number (days since the epoch, say), so the suggestion stays the same all evening
 * and changes the next day. `skip` moves to the next one for "another, please".
 */
export function promptForDay(dayNumber: number, skip = 0): AppreciationPrompt {
  const count = APPRECIATION_PROMPTS.length;
  const index = (((dayNumber * 7 + skip) % count) + count) % count;
  return APPRECIATION_PROMPTS[index]!;
}
