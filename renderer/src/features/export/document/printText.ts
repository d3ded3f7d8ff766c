/**
 * How dates and people's words are made safe and readable in a printed document. Everything a person wrote
 * reaches the document through React's own escaping (text nodes and attributes); the only text placed by
 * hand is escaped here: the document's <title> (HTML) and the running header (a CSS string).
 */
import { dateOfDay, type DayKey } from '@shared/checkins';

const dayHeading = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const monthHeading = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export const printDay = (day: DayKey): string => dayHeading.format(dateOfDay(day));
export const printMonth = (time: number): string => monthHeading.format(new Date(time));
export const printTime = (time: number): string => clock.format(new Date(time));
export const printShortDay = (time: number): string => shortDay.format(new Date(time));

/** Text for an HTML text node written by hand (only the <title>: everything else goes through React). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Text as a quoted CSS string: every character but plain letters, digits and spaces becomes a hex escape,
 * so no name can close the string, the rule or the <style> element, or reach for a URL.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[A-Za-z0-9 ]$/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
