/**
 * The day count ("You've shown up on N days"): the distinct local days on which either partner wrote an
 * appreciation, answered a check-in or logged a session. It reads only the plaintext `createdAt` that
 * ordering already needs, never a sealed body, and never anything but a number leaves this module.
 *
 * Index keys only, no decryption, both partners' records (private ones included, as a date says nothing
 * of what was written).
 */
import type { RecordKind, RecordStore } from '@renderer/data';
import { countDistinctLocalDays } from './dayMaths';

/** The kinds of record that mean "we showed up that day". */
export const SHOWN_UP_KINDS = ['appreciation', 'checkin', 'session'] as const satisfies readonly RecordKind[];

/** Without decrypting: the plaintext creation times of both partners' records, from the index alone. */
export async function countDaysShownUp(records: Pick<RecordStore, 'createdAtsOf'>): Promise<number> {
  return countDistinctLocalDays(await records.createdAtsOf(SHOWN_UP_KINDS));
}
