/** The class that sets `--accent` to a partner's chosen colour (their slot's colour when unknown). */
import type { PartnerSlot } from './appreciation';
import type { JournalPeople } from './journalPeople';
import styles from './partnerAccent.module.css';

export function accentClass(people: JournalPeople, slot: PartnerSlot): string {
  const colour = people[slot]?.colour;
  const chosen = colour ? styles[colour] : undefined;
  return `${styles[slot] ?? ''} ${chosen ?? ''}`.trim();
}
