/** Small wording helpers for the love-languages screen: dates and names. */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function takenOnText(takenAt: number): string {
  return `Taken on ${dayFormat.format(takenAt)}`;
}

/** "Bo's", or "your partner's" when their name is not known (they have not joined yet). */
export function possessive(name: string | undefined): string {
  return name ? `${name}'s` : "your partner's";
}
