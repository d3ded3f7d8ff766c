/**
 * Export's public face. The screen is not exported here: the app's route table loads ExportScreen.tsx on
 * first visit, so the document builder and the chart code stay out of the start-up script.
 */
export type { SectionId } from './exportContent';
