/** The love-languages feature's public face: the screen, and its emblem for the navigation. */
export { LoveLanguagesScreen } from './LoveLanguagesScreen';
