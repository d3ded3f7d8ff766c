/**
 * The partners' names and colours: sealed under the Us key like everything else, so nothing on disk says
 * who the couple are. One profile record per partner, with a fixed id per slot so it is found without a scan.
 */
import { z } from 'zod';
import type { RecordStore } from '../storage/recordStore';
import type { PartnerSlot } from '../storage/storedRecord';

export const PARTNER_COLOURS = ['ember', 'sage', 'dusk', 'ocean', 'plum', 'honey'] as const;

export const partnerProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    colour: z.enum(PARTNER_COLOURS),
  })
  .strict();

export type PartnerProfile = z.infer<typeof partnerProfileSchema>;

/** Fixed ids so the lock screen can find the profiles once unlocked. */
export const PROFILE_IDS: Record<PartnerSlot, string> = {
  a: '00000000-0000-4000-8000-00000000000a',
  b: '00000000-0000-4000-8000-00000000000b',
};

export class ProfileRepo {
  #records: RecordStore;

  constructor(records: RecordStore) {
    this.#records = records;
  }

  /** Saves the present partner's own profile. */
  async save(partner: PartnerSlot, profile: PartnerProfile): Promise<void> {
    await this.saveFor(partner, profile);
  }

  /**
   * Saves a partner's profile. At first run and when the second partner joins, the partner who is here
   * writes both names; the record's author is whoever wrote it, its id says whose name it is.
   */
  async saveFor(partner: PartnerSlot, profile: PartnerProfile): Promise<void> {
    const checked = partnerProfileSchema.parse(profile);
    await this.#records.putShared({ id: PROFILE_IDS[partner], kind: 'profile', keyId: 'us', payload: checked });
  }

  async load(): Promise<Partial<Record<PartnerSlot, PartnerProfile>>> {
    const found: Partial<Record<PartnerSlot, PartnerProfile>> = {};
    for (const partner of ['a', 'b'] as const) {
      const record = await this.#records.get<unknown>(PROFILE_IDS[partner]);
      if (record?.status !== 'ok') continue;
      const parsed = partnerProfileSchema.safeParse(record.payload);
      if (parsed.success) found[partner] = parsed.data;
    }
    return found;
  }
}
