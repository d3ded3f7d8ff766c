/**
 * The five pillars of rebuilding closeness, as the exercise library and the balance view group them.
 * Owns the pillar ids and their words; holds nothing anyone wrote. The order here is the order shown.
 */

export const PILLAR_IDS = [
  'communication',
  'emotional-connection',
  'physical-closeness',
  'quality-time',
  'professional-help',
] as const;

export type PillarId = (typeof PILLAR_IDS)[number];

export interface Pillar {
  id: PillarId;
  name: string;
  /** One line, shown under the name. */
  summary: string;
  /** A short paragraph: why this part of a relationship is worth tending. */
  whyItMatters: string;
}

export const PILLARS: readonly Pillar[] = [
  {
    id: 'communication',
    name: 'Communication',
    summary: 'Honest, regular talk where both of you get to be heard.',
    whyItMatters:
      'Everything else rests on this. When you stop telling each other what is going on inside, guesses fill ' +
      'the gap, and guesses are rarely kind. A few minutes of real talk, often, keeps small worries small ' +
      'and reminds you both that you are on the same side.',
  },
  {
    id: 'emotional-connection',
    name: 'Emotional connection',
    summary: 'Letting each other see the hopes, worries and soft spots underneath.',
    whyItMatters:
      'Talking about the day is a start. Closeness grows when you also share what you hope for and what ' +
      'scares you, and when the other person meets that with care. Being known, and liked anyway, is one ' +
      'of the warmest feelings there is.',
  },
  {
    id: 'physical-closeness',
    name: 'Physical closeness',
    summary: 'Bringing warmth back through touch, gently and at a pace that suits you both.',
    whyItMatters:
      'A hand held, a long hug, a head on a shoulder: touch says "I am here" without a word. When touch has ' +
      'faded, it can feel awkward to start again. Small, easy gestures, and later more when you both want ' +
      'it, let comfort return without pressure.',
  },
  {
    id: 'quality-time',
    name: 'Quality time',
    summary: 'Time that belongs to the two of you, with the rest of life set aside.',
    whyItMatters:
      'Busy weeks fill up with jobs, children, screens and chores, and the couple gets whatever is left. ' +
      'Protecting even a little time, and using it for fun or something new, gives you fresh shared ' +
      'moments to feel close about.',
  },
  {
    id: 'professional-help',
    name: 'Professional help',
    summary: 'Knowing when a counsellor, a course or a group could help, and how to find one.',
    whyItMatters:
      'Some knots are hard to untie on your own, and that says nothing bad about you. A trained counsellor, ' +
      'a good course or other couples who have been there can offer a fresh view and tools that work. ' +
      'Asking for help is a sign of how much you care.',
  },
];

export function pillarById(id: PillarId): Pillar {
  const pillar = PILLARS.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar: ${id}`);
  return pillar;
}

export function isPillarId(value: unknown): value is PillarId {
  return typeof value === 'string' && (PILLAR_IDS as readonly string[]).includes(value);
}
