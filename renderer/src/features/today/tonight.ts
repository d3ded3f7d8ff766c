/** Who has written tonight's appreciation: from the newest records' authors and dates only, never their words. */
import type { PartnerSlot } from '@renderer/features/vault';
import { isOnLocalDay } from './dayMaths';

export type WrittenTonight = Readonly<Record<PartnerSlot, boolean>>;

export function writtenTonight(records: readonly { author: PartnerSlot; createdAt: number }[], now: Date): WrittenTonight {
  const today = records.filter((record) => isOnLocalDay(record.createdAt, now));
  return { a: today.some((record) => record.author === 'a'), b: today.some((record) => record.author === 'b') };
}
