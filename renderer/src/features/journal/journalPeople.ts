/**
 * How the journal names the two people: who wrote an entry and to whom, the composer's title, the space
 * choices and the empty state's invitation. Works for a couple and for a partner still alone in the vault.
 */
import type { PartnerSlot, Space } from './appreciation';

export interface JournalPerson {
  name: string;
  /** The colour the partner chose (ember, sage, …), for their accent. */
  colour: string;
}

export type JournalPeople = Partial<Record<PartnerSlot, JournalPerson>>;

export function otherSlot(slot: PartnerSlot): PartnerSlot {
  return slot === 'a' ? 'b' : 'a';
}

/** The partner's name, or null while they have not joined. */
export function partnerName(people: JournalPeople, me: PartnerSlot): string | null {
  return people[otherSlot(me)]?.name ?? null;
}

/** A name for whoever wrote an entry; only a vault damaged in odd ways lacks one. */
export function nameOf(people: JournalPeople, slot: PartnerSlot, me: PartnerSlot): string {
  return people[slot]?.name ?? (slot === me ? 'You' : 'Your partner');
}

export function composerTitle(people: JournalPeople, me: PartnerSlot): string {
  const partner = partnerName(people, me);
  return partner ? `Write to ${partner}` : 'Write an appreciation';
}

/** "Ada to Bo", or "From Ada" while Ada is alone in the vault. */
export function byline(people: JournalPeople, author: PartnerSlot, me: PartnerSlot): string {
  const from = nameOf(people, author, me);
  const to = people[otherSlot(author)]?.name;
  return to ? `${from} to ${to}` : `From ${from}`;
}

export interface SpaceChoice {
  value: Space;
  label: string;
  description: string;
}

export function spaceChoices(people: JournalPeople, me: PartnerSlot): SpaceChoice[] {
  const partner = partnerName(people, me);
  return [
    {
      value: 'us',
      label: partner ? `Shared with ${partner}` : 'Shared with your partner',
      description: partner ? `${partner} can read it too.` : 'Your partner can read it once they join.',
    },
    { value: 'private', label: 'Just for me', description: 'Only you can open it.' },
  ];
}

export function emptyInvitation(people: JournalPeople, me: PartnerSlot): string {
  const partner = partnerName(people, me) ?? 'your partner';
  return `Nothing here yet. Tonight, write one small thing you noticed about ${partner}.`;
}
