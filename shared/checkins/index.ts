/** Check-ins' domain: scales, choices, calendar keys, the payload schema and the rules, for both processes. */
export * from './scales';
export * from './obstacles';
export * from './dates';
export * from './checkinSchema';
export * from './reveal';
export * from './recentRun';
export * from './slippingBack';
export * from './sustainedDistress';
export * from './trends';
