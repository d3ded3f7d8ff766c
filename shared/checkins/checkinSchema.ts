/**
 * What a check-in holds, as sealed in its record's payload: the one definition the form, the repository and
 * (later) import and export share. Every answer lives here, inside the encrypted body; nothing of it is
 * ever a plaintext field.
 *
 * Three payload types share the record kind `checkin`:
 * - `quick`: a daily check-in, filed under its day.
 * - `weekly`: the deeper one, filed under its ISO week; sealed from the partner until both have answered
 *   that week or the author reveals it (`revealedAt`).
 * - `privateNote`: the "something is bothering me" note its author kept to themselves. It is stored as a
 *   separate record under the author's private key and points at its check-in by id, so the partner's copy
 *   of the Us key never opens it. The check-in itself then carries an empty `note`.
 */
import { z } from 'zod';
import { DAY_KEY_PATTERN, WEEK_KEY_PATTERN } from './dates';
import { OBSTACLE_IDS } from './obstacles';
import { SCALE_VALUES } from './scales';

/** The partner slots under the name check-ins have always used. */
export { PARTNER_SLOTS as PARTNER_IDS, type PartnerSlot as PartnerId } from '../partners';

export const CHECKIN_TEXT_MAX = 4_000;
export const OTHER_OBSTACLE_MAX = 200;

const scaleValue = z.literal(SCALE_VALUES);
const text = z.string().max(CHECKIN_TEXT_MAX);

export const scaleAnswersSchema = z
  .object({ mood: scaleValue, emotionalCloseness: scaleValue, physicalCloseness: scaleValue, stress: scaleValue })
  .strict();

export const botheringSchema = z
  .object({
    isBothered: z.boolean(),
    /** The note the partner may read; empty when there is none or it was kept private. */
    note: text,
  })
  .strict();

const common = {
  v: z.literal(1),
  day: z.string().regex(DAY_KEY_PATTERN),
  scales: scaleAnswersSchema,
  howAreYou: text,
  bothering: botheringSchema,
};

export const quickCheckinSchema = z.object({ type: z.literal('quick'), ...common }).strict();

export const weeklyCheckinSchema = z
  .object({
    type: z.literal('weekly'),
    ...common,
    week: z.string().regex(WEEK_KEY_PATTERN),
    obstacles: z
      .array(z.enum(OBSTACLE_IDS))
      .max(OBSTACLE_IDS.length)
      .refine((list) => new Set(list).size === list.length, 'Each obstacle once'),
    otherObstacle: z.string().max(OTHER_OBSTACLE_MAX),
    whatWouldHelp: text,
    /** When the author chose to show it before the partner answered; null while sealed. */
    revealedAt: z.number().int().nonnegative().nullable(),
  })
  .strict();

export const privateNoteSchema = z
  .object({ type: z.literal('privateNote'), v: z.literal(1), checkinId: z.string().uuid(), note: text.min(1) })
  .strict();

export const checkinPayloadSchema = z.discriminatedUnion('type', [quickCheckinSchema, weeklyCheckinSchema, privateNoteSchema]);

export type QuickCheckin = z.infer<typeof quickCheckinSchema>;
export type WeeklyCheckin = z.infer<typeof weeklyCheckinSchema>;
export type PrivateNote = z.infer<typeof privateNoteSchema>;
export type Checkin = QuickCheckin | WeeklyCheckin;
export type CheckinPayload = z.infer<typeof checkinPayloadSchema>;
export type CheckinType = Checkin['type'];
