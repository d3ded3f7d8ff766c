/**
 * The sources cited by the guide Hearth follows, with titles exactly as the guide lists them (bibliographic
 * data, not prose), plus Dr. Gary Chapman's book, which the guide recommends. No addresses are listed: the
 * guide gives none, and we do not invent them.
 */

export interface Reference {
  id: string;
  author: string;
  year: number;
  title: string;
  publisher: string;
  /** What the guide draws from it. */
  citedFor: string;
}

export const REFERENCES: readonly Reference[] = [
  {
    id: 'smith-2019',
    author: 'Smith, K.',
    year: 2019,
    title: 'Emotional connection and closeness are important parts of a healthy marriage',
    publisher: 'Psychology Today',
    citedFor: 'Regular emotional check-ins build trust and a sense of being on the same side.',
  },
  {
    id: 'brown-2020',
    author: 'Brown, T.',
    year: 2020,
    title: 'The Function of Counseling in Restoring Relationship Intimacy',
    publisher: 'Psychology Today',
    citedFor: 'Couples counselling helps partners communicate better and stay connected; deep hurts may need specialised therapy.',
  },
  {
    id: 'nhs-2021',
    author: 'NHS',
    year: 2021,
    title: 'A Look at Sexual Health and Relationships',
    publisher: 'National Health Service (UK)',
    citedFor: 'Sensate focus as a touch exercise therapists suggest to couples; where to find psychological therapies.',
  },
  {
    id: 'chapman-love-languages',
    author: 'Chapman, G.',
    year: 1992,
    title: 'The 5 Love Languages',
    publisher: 'Northfield Publishing',
    citedFor: 'The idea of five love languages: words of affirmation, acts of service, receiving gifts, quality time and physical touch.',
  },
];

export const REFERENCES_NOTE =
  'Titles are given as the guide lists them. Hearth\'s own texts are written in our words; the facts ' +
  'they rest on come from these sources and from well-known public information.';
