/** Exercises for the quality-time pillar: protected, device-free time that belongs to the two of you. */
import type { Exercise } from '../exerciseTypes';

export const QUALITY_TIME_EXERCISES: readonly Exercise[] = [
  {
    id: 'date-night-in',
    pillar: 'quality-time',
    title: 'Date night in',
    summary: 'Turn an ordinary evening at home into a date: a candlelit dinner, a game, a film you choose together.',
    whyItHelps:
      'You do not need a babysitter or a big budget to feel like a couple again. Marking an evening at ' +
      'home as special, and treating each other as dates rather than housemates, changes how it feels.',
    steps: [
      'Pick an evening and protect it. Tell anyone who needs to know that you are busy.',
      'Choose an idea from the date-night list, or make up your own.',
      'Set the scene: tidy one corner, light a candle, put on music you both like.',
      'Phones away for the evening.',
      'Afterwards, note in Hearth what you did and how it felt, so you can plan the next one.',
    ],
    minutes: 90,
    howOften: 'weekly',
    cautions: [
      'Keep chores, money worries and family logistics for another time.',
      'If plans fall through, move the date rather than drop it.',
    ],
    tool: 'date-night',
  },
  {
    id: 'date-night-out',
    pillar: 'quality-time',
    title: 'Date night out',
    summary: 'Go somewhere together, just the two of you, and leave the usual roles at home.',
    whyItHelps:
      'New places wake you up. Seeing your partner laugh, try something or talk to a stranger reminds you ' +
      'of who they are outside the daily routine, and gives you a fresh memory to share.',
    steps: [
      'Take turns planning, so each of you gets to surprise the other now and then.',
      'Choose an idea from the list that fits your budget and energy.',
      'Sort out childcare or other duties ahead of time, so you can relax.',
      'While you are out, talk about anything but the to-do list.',
      'On the way home, each name your favourite moment of the evening.',
    ],
    minutes: 180,
    howOften: 'monthly',
    howOftenNote: 'Once or twice a month, if you can manage it.',
    cautions: [
      'It does not need to cost much. A walk and a shared dessert can be a lovely date.',
      'Avoid a packed schedule. Leave room to linger.',
    ],
    tool: 'date-night',
  },
  {
    id: 'shared-hobby',
    pillar: 'quality-time',
    title: 'A shared hobby',
    summary: 'Learn or do something new together: cook a new recipe, go hiking, take a dance class.',
    whyItHelps:
      'Doing something new side by side makes you a team. You laugh at the mistakes, help each other ' +
      'along and share small wins. The newness itself brings back a little of the spark of early days.',
    steps: [
      'Each write down three things you would like to try.',
      'Look for overlaps, or take turns choosing.',
      'Start small: one class, one recipe, one short walk.',
      'Set a regular time so it becomes part of your week.',
      'After a few sessions, talk about whether to keep going or try something else.',
    ],
    minutes: 60,
    howOften: 'weekly',
    cautions: [
      'Keep it playful. It is not a competition and nobody needs to be good at it.',
      'If one of you is more experienced, let the other set the pace.',
    ],
  },
  {
    id: 'device-free-hour',
    pillar: 'quality-time',
    title: 'The device-free hour',
    summary: 'Each evening, put phones and screens away for an hour and spend it with each other.',
    whyItHelps:
      'Phones pull attention away a little at a time, and evenings vanish into separate screens. An hour ' +
      'without them leaves room for eye contact, longer conversations and simply being together.',
    steps: [
      'Agree on the hour. Straight after dinner works well for many couples.',
      'Put phones in a drawer or another room, on silent.',
      'Start the timer in Hearth, then close the laptop.',
      'Talk, cook, play a game, read side by side, go for a stroll. Anything that is shared.',
      'When the hour ends, notice how the evening felt.',
    ],
    minutes: 60,
    howOften: 'daily',
    cautions: [
      'If you need to be reachable (children, caring for someone), agree on one exception and keep it.',
      'Missing an evening is fine. Simply start again the next day.',
    ],
    tool: 'device-free-timer',
  },
  {
    id: 'walk-together',
    pillar: 'quality-time',
    title: 'A walk together',
    summary: 'A short walk, side by side, a few times a week.',
    whyItHelps:
      'Walking side by side makes talking easier: no staring across a table, and plenty to look at. The ' +
      'fresh air and movement ease stress for both of you.',
    steps: [
      'Choose an easy route you both like, even just around the block.',
      'Leave phones in a pocket on silent.',
      'Let the talk wander. Silence is fine too.',
      'Hold hands if you both like to.',
    ],
    minutes: 20,
    howOften: 'few-times-a-week',
    cautions: ['Pick a pace that suits the slower walker.'],
  },
];
