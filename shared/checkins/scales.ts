/**
 * The four check-in scales, each a 1-5 choice with a word at every point. People pick words, not numbers:
 * the screens show the word, never the number, and nothing adds the scales into a score.
 *
 * Stress reads the other way from the rest: 5 is the heaviest point ("very stressed"), so a rule that looks
 * for hard weeks reads high stress and low mood alike.
 */

export const SCALE_IDS = ['mood', 'emotionalCloseness', 'physicalCloseness', 'stress'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

export type ScaleAnswers = Record<ScaleId, ScaleValue>;

export interface ScaleDefinition {
  id: ScaleId;
  /** Short name, for chart titles and the timeline. */
  label: string;
  /** The question the form asks. */
  question: string;
  /** The word at each point, 1 to 5. */
  words: readonly [string, string, string, string, string];
  /** True when a higher point means a heavier week (stress). */
  isHigherHeavier: boolean;
}

export const SCALES: readonly ScaleDefinition[] = [
  {
    id: 'mood',
    label: 'Mood',
    question: 'How has your mood been?',
    words: ['Low', 'A bit flat', 'Steady', 'Good', 'Bright'],
    isHigherHeavier: false,
  },
  {
    id: 'emotionalCloseness',
    label: 'Feeling close',
    question: 'How close do you feel to each other?',
    words: ['Far apart', 'A little distant', 'In between', 'Close', 'Very close'],
    isHigherHeavier: false,
  },
  {
    id: 'physicalCloseness',
    label: 'Touch and affection',
    question: 'How has touch and affection been?',
    words: ['Hardly any', 'Less than I would like', 'Some', 'Warm', 'Very warm'],
    isHigherHeavier: false,
  },
  {
    id: 'stress',
    label: 'Stress',
    question: 'How stressed have you been?',
    words: ['At ease', 'A little tense', 'Stretched', 'Under pressure', 'Very stressed'],
    isHigherHeavier: true,
  },
];

export function scaleById(id: ScaleId): ScaleDefinition {
  const found = SCALES.find((scale) => scale.id === id);
  if (!found) throw new Error(`Unknown scale ${id}`);
  return found;
}

/** The word a person chose, e.g. `wordFor('stress', 5)` is "Very stressed". */
export function wordFor(id: ScaleId, value: ScaleValue): string {
  return scaleById(id).words[value - 1]!;
}

export function isScaleValue(value: unknown): value is ScaleValue {
  return typeof value === 'number' && (SCALE_VALUES as readonly number[]).includes(value);
}
