/** Exercises for the emotional-connection pillar: noticing the good, and letting each other in. */
import type { Exercise } from '../exerciseTypes';

export const EMOTIONAL_CONNECTION_EXERCISES: readonly Exercise[] = [
  {
    id: 'daily-appreciation',
    pillar: 'emotional-connection',
    title: 'The daily appreciation',
    summary:
      'At bedtime, each of you tells the other one thing you loved about them today. Big or tiny, it all counts.',
    whyItHelps:
      'When you look for something to appreciate, you start to notice more of it. Hearing it said out loud ' +
      'feels good, and that warmth makes you both more likely to do kind things. It is a small loop that ' +
      'keeps turning.',
    steps: [
      'Before you sleep, take a minute together.',
      'Each tell the other one thing you enjoyed about them today. Be specific: "I liked how you made me laugh at dinner."',
      'The one hearing it simply says "thank you". No brushing it off.',
      'If you like, write it in Hearth so you can look back on it later.',
    ],
    minutes: 5,
    howOften: 'daily',
    cautions: [
      'Keep it real. A small true thing means more than a big vague one.',
      'Do not slip a complaint in after it ("…but I wish you would…"). Save that for a check-in.',
      'If one of you is away or asleep, write it down and share it tomorrow. A missed night is fine.',
    ],
    tool: 'appreciation',
  },
  {
    id: 'share-hopes-and-fears',
    pillar: 'emotional-connection',
    title: 'Sharing hopes and fears',
    summary: 'Take turns telling each other about something you hope for and something that worries you.',
    whyItHelps:
      'Letting someone see what you long for, and what frightens you, is a risk. When that risk is met ' +
      'with care, trust deepens. You learn things about each other that years of daily logistics never reveal.',
    steps: [
      'Sit somewhere comfortable, close to each other.',
      'Draw a card from the "Hopes and dreams" or "Fears and tender spots" deck, or choose your own topic.',
      'One of you shares. The other listens and asks gentle questions to understand more.',
      'Swap. Go only as deep as feels right today.',
      'Finish by telling each other one thing you appreciated about what was shared.',
    ],
    minutes: 30,
    howOften: 'weekly',
    cautions: [
      'What is shared here is precious. Never bring it up later as a weapon in an argument.',
      'Go at the pace of whoever feels more cautious. It is fine to pass on a question.',
      'If a fear touches an old wound that keeps reopening, consider talking it through with a counsellor.',
    ],
  },
  {
    id: 'gratitude-list',
    pillar: 'emotional-connection',
    title: 'A gratitude list about your partner',
    summary: 'Keep a running list of what you are grateful for in your partner, and share a few.',
    whyItHelps:
      'In hard stretches, the mind collects grievances easily and forgets the good. Writing down what you ' +
      'are grateful for tips the balance back, and reading it later reminds you why you chose each other.',
    steps: [
      'Once a week, write three things you are grateful for about your partner.',
      'Mix big things (how they care for family) with small ones (the way they make tea).',
      'Choose one to tell them in person, or leave it where they will find it.',
      'Every month or so, read back through the list together or on your own.',
    ],
    minutes: 15,
    howOften: 'weekly',
    cautions: [
      'Write it for yourself first. It does not need to be polished.',
      'Notes in your private space stay private. Share only what you choose.',
    ],
    tool: 'appreciation',
  },
  {
    id: 'support-with-empathy',
    pillar: 'emotional-connection',
    title: 'Being there when it is hard',
    summary:
      'When your partner is stressed or low, name what they seem to feel and ask what would help, before offering fixes.',
    whyItHelps:
      'Feeling understood often matters more than a solution. When you acknowledge the feeling first, your ' +
      'partner knows they are not alone with it, and any help you offer after that is easier to accept.',
    steps: [
      'Notice the signs: a sigh, a short answer, a long day at work.',
      'Say what you see, kindly: "You seem really worn out. Rough day?"',
      'Let them tell you. Listen without jumping in.',
      'Name the feeling: "That sounds so frustrating."',
      'Ask: "Do you want help with it, or do you just need me to listen?"',
    ],
    minutes: 10,
    howOften: 'when-needed',
    cautions: [
      'Avoid comparing ("that is nothing, my day was worse").',
      'Looking after your partner should not mean ignoring your own needs. Say when you need care too.',
      'If your partner is low for weeks at a time, gently encourage them to talk to a doctor or counsellor.',
    ],
  },
  {
    id: 'memory-lane',
    pillar: 'emotional-connection',
    title: 'A walk down memory lane',
    summary: 'Look through old photos or messages together and tell the stories behind them.',
    whyItHelps:
      'Remembering the early days, the adventures and the hard times you got through together reminds you ' +
      'that you have a shared story. The warmth of those memories can spill into today.',
    steps: [
      'Choose a handful of photos from a year you both remember fondly.',
      'Take turns picking one and telling what you remember: where you were, how you felt.',
      'Ask each other: "What did you think of me back then?"',
      'End with one thing you would love to do again, or a new thing you would like to try.',
    ],
    minutes: 30,
    howOften: 'monthly',
    cautions: [
      'If a photo brings up a painful time, it is fine to set it aside and choose another.',
      'This is about what you shared, not about how things "used to be better".',
    ],
  },
];
