/**
 * The five pillars the exercise library is sorted by, with one line each in our own words. Later the
 * exercise content in shared/ will carry the pillar ids; these lines introduce them on an empty library.
 */
export interface Pillar {
  id: 'communication' | 'emotional-connection' | 'physical-closeness' | 'quality-time' | 'professional-help';
  name: string;
  summary: string;
}

export const PILLARS: readonly Pillar[] = [
  { id: 'communication', name: 'Communication', summary: 'Talking and listening in turn, so each of you feels heard.' },
  {
    id: 'emotional-connection',
    name: 'Emotional connection',
    summary: 'Noticing each other again, and saying out loud what you value.',
  },
  {
    id: 'physical-closeness',
    name: 'Physical closeness',
    summary: 'Touch without pressure, at the pace of whoever needs it slower.',
  },
  { id: 'quality-time', name: 'Quality time', summary: 'Unhurried time together, with the screens put away.' },
  {
    id: 'professional-help',
    name: 'Professional help',
    summary: 'Knowing when a counsellor could help, and how to find one.',
  },
];
