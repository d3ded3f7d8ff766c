/**
 * What a record may look like on disk: the complete list of plaintext fields, and the sealed body.
 *
 * This is the line docs/security.md draws. Everything a person wrote lives in `sealed`; the other fields
 * exist only so records can be found and ordered without a key. `assertStorable` refuses anything else, so a
 * feature cannot leak a field into plain text by accident.
 */
import { z } from 'zod';

import { PARTNER_SLOTS, SPACES, type Space } from '@shared/partners';

export { PARTNER_SLOTS, type PartnerSlot } from '@shared/partners';

/** Which key sealed a record: the couple's shared key, or the author's own private key (its space). */
export const KEY_IDS = SPACES;
export type KeyId = Space;

export const RECORD_KINDS = [
  'profile',
  'appreciation',
  'checkin',
  'session',
  'draft',
  'plan',
  'readiness',
  'cardState',
  'assessment',
  'tank',
  'marker',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: "Expected bytes" });

export const storedRecordSchema = z
  .object({
    /** Random UUID; says nothing about the content. */
    id: z.string().uuid(),
    kind: z.enum(RECORD_KINDS),
    keyId: z.enum(KEY_IDS),
    author: z.enum(PARTNER_SLOTS),
    /** Milliseconds since the epoch; used for ordering and "on this day". */
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    sealed: z.object({ v: z.literal(1), iv: bytes, ct: bytes }).strict(),
  })
  .strict();

export type StoredRecord = z.infer<typeof storedRecordSchema>;

/** The plaintext fields, in the order docs/security.md lists them. */
export const PLAINTEXT_FIELDS = ['id', 'kind', 'keyId', 'author', 'createdAt', 'updatedAt'] as const;

export class UnsafeRecordError extends Error {
  constructor(detail: string) {
    super(`Refused to store a record with fields outside the plaintext list (${detail}).`);
    this.name = 'UnsafeRecordError';
  }
}

/** Throws unless the record has exactly the allowed plaintext fields and a sealed body. */
export function assertStorable(record: unknown): asserts record is StoredRecord {
  const result = storedRecordSchema.safeParse(record);
  if (!result.success) {
    throw new UnsafeRecordError(result.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', '));
  }
}
