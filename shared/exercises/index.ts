/**
 * The exercise tracker's rules, for the page and anything else that needs them (Today's "what's next",
 * export): the timer state machine, the sealed payloads, the practice calendar, the balance across the
 * pillars, the weekly plan's next step and the sensate focus counts. Pure TypeScript; no storage, no DOM.
 */
export * as turnTimer from './turnTimer';
export { createTurnTimer, totalMs, type TimerReading, type TimerStatus, type TurnTimer } from './turnTimer';
export * from './timerSettings';
export * from './practiceDays';
export * from './exerciseRecords';
export * from './pillarBalance';
export * from './practiceCalendar';
export * from './nextPlannedExercise';
export * from './sensateFocusProgress';
export * from './dateNightPlans';
