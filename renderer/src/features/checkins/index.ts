/**
 * Check-ins' public face: what another place (Today) may read about this week's check-in through the same
 * repository and reveal rule. The screen is not exported here: the app's route table loads
 * CheckinsScreen.tsx on first visit, and exporting it here would pull it into Today's start-up script.
 */
export { CheckinRepo } from './checkinRepo';
export { weekViewOf, type PartnerWeek, type WeekView } from './checkinViews';
export type { CheckinEntry, OpenEntry } from './checkinEntry';
/** The trend charts for a printed export, loaded on demand so the chart library stays out of Today's script. */
export const loadPrintTrendCharts = () => import('./print/PrintTrendCharts');
export type { PrintChartPartner } from './print/PrintTrendCharts';
