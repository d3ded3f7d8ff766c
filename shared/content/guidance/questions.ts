/** The questions couples most often ask, answered briefly and honestly. */

export interface CommonQuestion {
  id: string;
  question: string;
  answer: string;
}

export const COMMON_QUESTIONS: readonly CommonQuestion[] = [
  {
    id: 'how-long',
    question: 'How long before we feel close again?',
    answer:
      'It differs a lot from couple to couple. When the problems are fairly small and you are both on ' +
      'board, many people notice a difference within a few weeks. Deeper hurts and long-running conflicts ' +
      'can take months, sometimes longer. Steady, regular effort and honest talk matter more than speed.',
  },
  {
    id: 'after-years',
    question: 'Can closeness come back after years apart?',
    answer:
      'Yes, it can. The longer the distance has lasted, the harder the way back can feel, but patience and ' +
      'small daily efforts usually bring real change. After a long gap, a counsellor can make a big difference.',
  },
  {
    id: 'emotional-or-physical',
    question: 'Which matters more: feeling close, or being physically close?',
    answer:
      'Both matter, and each helps the other. Feeling emotionally close makes touch easier and more ' +
      'welcome. Regular, easy affection in turn strengthens the emotional bond. Hearth gives time to both.',
  },
  {
    id: 'one-partner',
    question: 'Can one of us do this alone?',
    answer:
      'One partner can certainly start. A kind word, a listening ear or a small gesture often invites the ' +
      'other to respond. To keep it going, though, it usually takes both of you. You can use Hearth on your ' +
      'own for now, and your partner can join whenever they are ready.',
  },
  {
    id: 'partner-unwilling',
    question: 'What if my partner does not want to try?',
    answer:
      'That can hurt, and it is worth being gentle with yourself. Their hesitation may come from worry, ' +
      'tiredness or an old hurt rather than from not caring. A counsellor can help you both understand ' +
      'what is behind it, and you can see one on your own if your partner is not ready.',
  },
  {
    id: 'instead-of-therapy',
    question: 'Can Hearth take the place of counselling?',
    answer:
      'No. Hearth is a journal and a set of exercises. It can help you build good habits and notice how ' +
      'things are going, but it cannot understand your situation the way a trained person can. If you are ' +
      'struggling, please look at the help pages.',
  },
];
