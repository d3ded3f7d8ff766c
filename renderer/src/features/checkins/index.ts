/**
 * Check-ins' public face: the screen, and what another place (Today) may read about this week's check-in
 * through the same repository and reveal rule.
 */
export { CheckinsScreen } from './CheckinsScreen';
export { CheckinRepo } from './checkinRepo';
export { weekViewOf, type PartnerWeek, type WeekView } from './checkinViews';
export type { CheckinEntry, OpenEntry } from './checkinEntry';
