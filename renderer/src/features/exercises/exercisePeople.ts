/**
 * How the tracker names the two people: the partner who is here, the other one (who may not have joined
 * yet), who took part in a session, and each partner's accent class.
 */
import type { Participants } from '@shared/exercises';
import type { PartnerProfiles } from '@renderer/features/vault';
import type { PartnerSlot } from '@shared/partners';
import styles from '@renderer/ui/partnerAccent.module.css';

export interface People {
  viewer: PartnerSlot;
  profiles: PartnerProfiles;
}

export function otherSlot(slot: PartnerSlot): PartnerSlot {
  return slot === 'a' ? 'b' : 'a';
}

/** A partner's name; "Your partner" for one who has not joined yet. */
export function nameOf(people: People, slot: PartnerSlot): string {
  return people.profiles[slot]?.name ?? (slot === people.viewer ? 'You' : 'Your partner');
}

export function hasPartner(people: People): boolean {
  return people.profiles[otherSlot(people.viewer)] !== undefined;
}

/** "Both of you", or the one partner who took part. */
export function participantsText(people: People, participants: Participants): string {
  return participants === 'both' ? 'Both of you' : nameOf(people, participants);
}

/** The class that sets `--accent` (and `--accent-soft`) to a partner's colour. */
export function accentClass(slot: PartnerSlot): string {
  return slot === 'a' ? (styles.a ?? '') : (styles.b ?? '');
}
