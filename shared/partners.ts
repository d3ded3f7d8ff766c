/**
 * Who writes in Hearth, and where: the one home of the partner slots and the two spaces, for both processes.
 *
 * A vault has two partner slots, `a` (who created it) and `b` (who joined, now or later). Each record lives in
 * a space: `us`, sealed with the couple's shared key, or `private`, sealed with its author's own key.
 * Names never appear here: a slot says nothing about who the couple are.
 */
export const PARTNER_SLOTS = ['a', 'b'] as const;
export type PartnerSlot = (typeof PARTNER_SLOTS)[number];

export const SPACES = ['us', 'private'] as const;
export type Space = (typeof SPACES)[number];

/** The partner who is not `slot`. */
export function otherPartner(slot: PartnerSlot): PartnerSlot {
  return slot === 'a' ? 'b' : 'a';
}
