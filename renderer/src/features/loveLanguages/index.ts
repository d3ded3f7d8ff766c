/** The love-languages feature's public face: the screen, and its emblem for the navigation. */
export { LoveLanguagesScreen } from './LoveLanguagesScreen';
export { AssessmentRepo, type ResultsByPartner } from './assessmentRepo';
export { TankRepo } from './tankRepo';
export type { TankEntry } from './tankEntry';
export { resultSentence, resultView } from './loveResult';
