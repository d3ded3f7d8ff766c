/** The partner colours' names as people read them, and the class that paints each swatch. */
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import styles from './partnerColours.module.css';

type PartnerColour = PartnerProfile['colour'];

const NAMES: Record<PartnerColour, string> = {
  ember: 'Ember',
  sage: 'Sage',
  dusk: 'Dusk',
  ocean: 'Ocean',
  plum: 'Plum',
  honey: 'Honey',
};

export function colourName(colour: PartnerColour): string {
  return NAMES[colour];
}

export function swatchClass(colour: PartnerColour): string {
  return styles[colour] ?? '';
}
