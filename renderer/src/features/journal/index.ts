/** The journal's public face: the screen, and the repository Today reads tonight's appreciations through. */
export { JournalScreen } from './JournalScreen';
export { AppreciationRepo } from './appreciationRepo';
export type { JournalEntry, ReadableEntry, NewAppreciation, Space } from './appreciation';
