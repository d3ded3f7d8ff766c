/** The pitfalls that can undo good effort, and how Hearth itself is built to help avoid each one. */

export interface Pitfall {
  id: string;
  title: string;
  explanation: string;
  howHearthHelps: string;
}

export const PITFALLS_INTRO =
  'Even with the best intentions, a few things tend to get in the way. None of them makes you a bad ' +
  'partner. Knowing them simply helps you step around them.';

export const PITFALLS: readonly Pitfall[] = [
  {
    id: 'going-too-fast',
    title: 'Going too fast',
    explanation:
      'Closeness comes back gradually. Hoping for everything to change in a week usually leads to ' +
      'disappointment, and disappointment makes it harder to keep going.',
    howHearthHelps:
      'Sensate focus opens each stage only when you have both practised and both feel ready. The weekly ' +
      'plan suggests a few things at a time, not everything at once. Progress is shown as balance, not as a race.',
  },
  {
    id: 'ignoring-what-lies-underneath',
    title: 'Ignoring what lies underneath',
    explanation:
      'Anger or resentment that has never been dealt with, such as an old betrayal or a grudge that keeps ' +
      'simmering, can quietly undo your efforts. Papering over it rarely works for long.',
    howHearthHelps:
      'Check-ins ask "Is something bothering you?", and a private note lets you put it into words for ' +
      'yourself first. If your check-ins show things have felt heavy for a while, Hearth gently points to ' +
      'the help pages, and a printed summary can help you explain things to a counsellor.',
  },
  {
    id: 'closeness-as-a-bargaining-tool',
    title: 'Using closeness as a bargaining tool',
    explanation:
      'Holding back affection or openness to make a point, or to teach a lesson, wears away trust. ' +
      'Closeness works when it is given and received freely.',
    howHearthHelps:
      'There are no points, scores or streaks to trade. Nothing in Hearth compares what one partner does ' +
      'with the other. The touch exercises remind you both that affection is a gift, never a deal.',
  },
  {
    id: 'comparing-with-others',
    title: 'Comparing yourselves with others',
    explanation:
      'Other couples, and especially the highlight reels on social media, show only the best moments. ' +
      'Measuring your everyday against someone else\'s best will always feel like falling short.',
    howHearthHelps:
      'Hearth is entirely private: no feed, no sharing, no leaderboard. The only comparison it ever shows ' +
      'is with your own journey.',
  },
  {
    id: 'sliding-back-into-silence',
    title: 'Sliding back into short, one-sided talk',
    explanation:
      'When things start to feel better, it is easy to drift back into quick, surface-level chat, or into ' +
      'one person doing all the talking. The closeness you have rebuilt can then fade again.',
    howHearthHelps:
      'Reminders keep your rituals going, and a gentle note appears if your check-ins show you drifting ' +
      'apart again. The count of days you showed up never resets, so a missed week is never a reason to stop.',
  },
];
