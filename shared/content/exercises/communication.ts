/** Exercises for the communication pillar: talking often, listening well, and speaking in a way that lands. */
import type { Exercise } from '../exerciseTypes';

export const COMMUNICATION_EXERCISES: readonly Exercise[] = [
  {
    id: 'twenty-minute-talk',
    pillar: 'communication',
    title: 'The 20-minute talk',
    summary:
      'Twenty minutes, two turns. For ten minutes one of you talks and the other only listens. Then you swap.',
    whyItHelps:
      'Each of you gets a stretch of time that is truly yours, with nobody cutting in. Nobody has to win. ' +
      'Because the turns are fixed, it cannot slide into an argument or a lecture, and both of you leave ' +
      'feeling heard.',
    steps: [
      'Find a quiet spot where you will not be disturbed. Put your phones in another room.',
      'Decide who speaks first. Start the timer.',
      'The speaker talks about whatever is on their mind: the week, a worry, something good, something hard.',
      'The listener listens. No interrupting, no fixing, no defending. A nod or a soft "mm" is plenty.',
      'At ten minutes, swap roles. The new speaker does not have to answer what they just heard.',
      'When the time is up, thank each other. If you like, each say one thing you took from the other turn.',
    ],
    minutes: 20,
    howOften: 'weekly',
    howOftenNote: 'Once a week is a good start. Some couples like it two or three times a week.',
    cautions: [
      'If the speaker runs out of words, a quiet pause is fine. The turn is still theirs.',
      'Keep the turn about yourself ("I felt…") rather than a list of what the other did wrong.',
      'If one topic keeps turning into the same painful fight, stop there. It may be one to take to a counsellor.',
    ],
    tool: 'talk-timer',
  },
  {
    id: 'regular-check-ins',
    pillar: 'communication',
    title: 'Regular check-ins',
    summary:
      'A short, planned moment to ask each other "How are you doing?" and "Is something bothering you?"',
    whyItHelps:
      'Small worries grow when nobody asks about them. A check-in is a standing invitation to say how you ' +
      'really are, before things pile up. Over time it builds trust: you know there will be a moment to be heard.',
    steps: [
      'Pick a time that suits you both: a few minutes each evening, or a longer chat once a week.',
      'Each of you answers in your own words: "How are you doing?"',
      'Then: "Is something bothering you?" It is fine to say "not today" or "I am not ready to talk about it yet".',
      'Ask one follow-up question before you offer any advice.',
      'Close with something kind, like a thank you or a hug.',
    ],
    minutes: 10,
    howOften: 'daily',
    howOftenNote: 'A quick one daily, or a deeper one weekly. Choose whichever you can keep up.',
    cautions: [
      'A check-in is for listening, not for settling every problem on the spot.',
      'If something big comes up, agree on a later time to talk it through properly.',
      'If the same hurt keeps coming back week after week, it may be time to get some outside help.',
    ],
    tool: 'checkin',
  },
  {
    id: 'active-listening',
    pillar: 'communication',
    title: 'Listening to understand',
    summary: 'Practise listening with your full attention, then say back what you heard before you reply.',
    whyItHelps:
      'Most of us listen while we plan our answer. When you listen only to understand, your partner feels ' +
      'it. They relax, say more, and feel less alone with what they carry.',
    steps: [
      'One of you picks a small topic, something that matters to them but is not a sore point.',
      'The listener turns toward them, puts everything else down and keeps soft eye contact.',
      'When the speaker pauses, the listener sums up what they heard: "So you felt…, because…"',
      'The speaker says whether that is right, and adds what was missed.',
      'Only when the speaker feels understood does the listener share their own view.',
      'Swap roles and do it again.',
    ],
    minutes: 15,
    howOften: 'few-times-a-week',
    cautions: [
      'Understanding is not the same as agreeing. You can do the first without the second.',
      'Avoid "but" after your summary. It quietly cancels what came before.',
      'Start with easy topics. Practise the skill before you use it on the hard ones.',
    ],
  },
  {
    id: 'speak-their-love-language',
    pillar: 'communication',
    title: "Speaking your partner's love language",
    summary:
      'Find out how your partner most easily feels loved, then show care in that way on purpose.',
    whyItHelps:
      'Most of us show love in the form we would most like to get back, and it can miss. One of you may treasure kind ' +
      'words while the other feels loved when the bins are done. Knowing the difference makes your effort land.',
    steps: [
      'Each take the short love-language questions in Hearth, on your own.',
      'Share your results and talk about a time you felt most loved by the other.',
      "Pick one suggestion for your partner's language and do it this week.",
      'At the end of the week, ask: "Did that feel good? What would feel even better?"',
    ],
    minutes: 10,
    howOften: 'daily',
    howOftenNote: 'One small act a day in their language. The check-in is weekly.',
    cautions: [
      'The results are a starting point for a conversation, not a label.',
      'Keep doing the things you already do well. This adds, it does not replace.',
      'Do it as a gift, not to earn something back.',
    ],
  },
  {
    id: 'raise-it-gently',
    pillar: 'communication',
    title: 'Raising something hard, gently',
    summary: 'A calm way to bring up a problem: start soft, talk about yourself, and ask for one thing.',
    whyItHelps:
      'How a hard talk begins shapes how it ends. Starting without blame keeps your partner from bracing ' +
      'for attack, so you can look at the problem side by side.',
    steps: [
      'Choose a calm moment. Not when either of you is tired, hungry or rushing out.',
      'Ask first: "Is now a good time to talk about something that has been on my mind?"',
      'Describe what happened and how you felt: "When…, I felt…"',
      'Ask for one clear, doable thing: "Would you be willing to…?"',
      'Listen to the answer. Thank your partner for hearing you out, whatever they say.',
    ],
    minutes: 15,
    howOften: 'when-needed',
    cautions: [
      'Leave out "always" and "never". They turn one event into a verdict.',
      'If either of you feels flooded, take a twenty-minute break and come back to it.',
      'If talks like this keep ending in hurt, a counsellor can help you find a way through.',
    ],
  },
];
