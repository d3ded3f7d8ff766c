/**
 * The public face of Hearth's written content: pillars, exercises, sensate focus stages, date nights,
 * gestures, love languages (with the assessment and tank check), conversation cards, guidance and the
 * appreciation prompts (prompts.ts, written alongside). All of it
 * is plain typed data and pure functions, safe to use from main, the page or tests.
 */
export * from './pillars';
export * from './exerciseTypes';
export * from './exercises';
export * from './sensateFocus';
export * from './dateNights';
export * from './gestures';
export * from './loveLanguages';
export * from './loveLanguageAssessment';
export * from './loveTank';
export * from './cardTypes';
export * from './cards';
export * from './guidance';
export * from './prompts';
