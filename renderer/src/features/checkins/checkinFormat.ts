/** How check-in dates, weeks and people read on screen, in the person's own locale. */
import { dateOfDay, weekStart, type DayKey, type PartnerId, type WeekKey } from '@shared/checkins';

export interface PartnerNames {
  viewer: PartnerId;
  /** The partner's name (or "your partner" before they have one). */
  partnerName: string;
  /** Whether the second partner has joined the vault. */
  hasPartner: boolean;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short' });
const longMonthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

export function dayLabel(day: DayKey): string {
  return dayFormat.format(dateOfDay(day));
}

/** `Week of 11 May`. */
export function weekLabel(week: WeekKey): string {
  return `Week of ${shortDayFormat.format(weekStart(week))}`;
}

/** `week of 11 May`, inside a sentence. */
export function weekOf(week: WeekKey): string {
  return `week of ${shortDayFormat.format(weekStart(week))}`;
}

/** A chart's tick: the Monday of a week (`11 May`) or a month (`May`). */
export function periodTick(period: string): string {
  return period.includes('W') ? shortDayFormat.format(weekStart(period)) : monthFormat.format(monthDate(period));
}

/** A table's row heading: `Week of 11 May` or `May 2026`. */
export function periodLabel(period: string): string {
  return period.includes('W') ? weekLabel(period) : longMonthFormat.format(monthDate(period));
}

function monthDate(period: string): Date {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(year, month - 1, 1);
}

/** "You" for the viewer, the partner's name otherwise. */
export function authorName(author: PartnerId, names: PartnerNames): string {
  return author === names.viewer ? 'You' : names.partnerName;
}

/** The CSS class suffix for a partner's colour (tokens.css --partner-a / --partner-b). */
export function partnerTone(author: PartnerId): 'partnerA' | 'partnerB' {
  return author === 'a' ? 'partnerA' : 'partnerB';
}
