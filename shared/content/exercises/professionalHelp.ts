/**
 * The professional-help pillar as practical steps. These point to kinds of help and to the directories
 * named in guidance/; they never judge a couple's situation or suggest what might be "wrong".
 */
import type { Exercise } from '../exerciseTypes';

export const PROFESSIONAL_HELP_EXERCISES: readonly Exercise[] = [
  {
    id: 'find-a-counsellor',
    pillar: 'professional-help',
    title: 'Finding a couples counsellor',
    summary: 'Look for a trained couples counsellor together and book a first conversation.',
    whyItHelps:
      'A good counsellor is on the side of the relationship, not either person. They can help you talk ' +
      'about things that feel too hard to raise at home, and teach you ways of talking that keep you close.',
    steps: [
      'Talk together about what you would like help with. A sentence or two each is enough.',
      'Look through the directories in Guidance, or ask your doctor for a recommendation.',
      'Choose two or three counsellors who work with couples. Check their training and whether they see people online or in person.',
      'Many offer a short first call. Use it to ask how they work and whether it feels like a good fit.',
      'Book a first session. If you like, bring a summary from Hearth to help you explain where you are.',
    ],
    minutes: 45,
    howOften: 'when-needed',
    cautions: [
      'It can take a couple of tries to find the right person. That is normal.',
      'If one of you is not ready to go, the other can still start alone.',
      'Counselling is not the place to decide who is to blame. It is a place to understand each other.',
    ],
  },
  {
    id: 'online-course-or-workshop',
    pillar: 'professional-help',
    title: 'An online course or workshop',
    summary: 'Work through a relationship course or a weekend workshop together, at your own pace.',
    whyItHelps:
      'If therapy feels like a big step, a course is a gentler one. You get ideas and tools from people ' +
      'who study relationships, in small pieces you can try at home.',
    steps: [
      'Look for a course or workshop run by qualified relationship professionals.',
      'Read the outline together and agree whether it suits you.',
      'Set a regular time each week to do one part together.',
      'After each part, talk about one idea you want to try.',
    ],
    minutes: 60,
    howOften: 'weekly',
    cautions: [
      'Be wary of anything that promises quick fixes or pressures you to buy more.',
      'A course is not a substitute for therapy if something painful keeps returning.',
    ],
  },
  {
    id: 'support-group',
    pillar: 'professional-help',
    title: 'A support group',
    summary: 'Meet other couples, in person or online, who are working through similar things.',
    whyItHelps:
      'Hearing others describe what you thought was yours alone can be a huge relief. Groups offer fresh ' +
      'ideas, company on the way, and the reminder that many couples find their way back.',
    steps: [
      'Ask a counsellor, a community centre or a relationship charity about groups near you or online.',
      'Go once or twice before deciding whether it is for you.',
      'Share only what you are both comfortable sharing.',
      'Afterwards, talk together about what you heard that might help you.',
    ],
    minutes: 90,
    howOften: 'monthly',
    cautions: [
      'Agree beforehand on what stays private between the two of you.',
      'Every couple is different. Take what helps and leave the rest.',
    ],
  },
  {
    id: 'talk-about-getting-help',
    pillar: 'professional-help',
    title: 'Talking about getting help',
    summary: 'A calm conversation about whether outside support might help, and what kind.',
    whyItHelps:
      'Suggesting help can feel like saying "we have failed". It is not. Talking about it openly, without ' +
      'pressure, lets both of you say what you hope for and what worries you about it.',
    steps: [
      'Choose a calm time, and say why you are raising it: because you care about the two of you.',
      'Read the "When to get help" page in Guidance together.',
      'Each say what kind of help feels possible: a counsellor, a course, a group, or support for yourself.',
      'Agree on one small next step, even if it is just looking at a directory together.',
    ],
    minutes: 30,
    howOften: 'when-needed',
    cautions: [
      'If your partner is not ready yet, you can still find support for yourself.',
      'If anyone is in danger, do not wait. See the emergency note in Guidance.',
    ],
  },
];
