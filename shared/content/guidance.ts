/**
 * The Guidance pages as data: why closeness fades, the pitfalls, when and how to get help, the common
 * questions, the emergency note and the sources. Each part is written in its own file in guidance/.
 */
export * from './guidance/causes';
export * from './guidance/pitfalls';
export * from './guidance/getHelp';
export * from './guidance/questions';
export * from './guidance/references';

export const GUIDANCE_INTRO = {
  title: 'Guidance',
  body:
    'A few pages to read together or alone: why couples drift apart, what tends to get in the way, and ' +
    'where to turn when you would like more help. Hearth is a journal, not a therapist. It never tries to ' +
    'tell you what is wrong. It only offers ideas, and points to people who can help.',
} as const;
