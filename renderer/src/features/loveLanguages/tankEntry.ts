/**
 * A "how full is your tank" check as stored: the number (0 to 10) and, if written, what would help fill
 * it. Sealed as a 'tank' record, in the Us space unless the person keeps it to themselves. Pure checks and
 * wording; tankRepo.ts stores it.
 */
import { z } from 'zod';
import { TANK_MAX, TANK_MIN, tankWords } from '@shared/content';
import type { PartnerSlot, Space } from '@shared/partners';

export const MAX_FILL_CHARACTERS = 500;

export const tankPayloadSchema = z
  .object({
    value: z.number().int().min(TANK_MIN).max(TANK_MAX),
    fill: z.string().max(MAX_FILL_CHARACTERS),
  })
  .strict();

export type TankPayload = z.infer<typeof tankPayloadSchema>;

export interface TankEntry extends TankPayload {
  id: string;
  author: PartnerSlot;
  space: Space;
  createdAt: number;
}

export class InvalidTankCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTankCheckError';
  }
}

/** Tidies the words and checks the whole check before it is sealed; throws InvalidTankCheckError. */
export function toTankPayload(input: { value: number; fill: string }): TankPayload {
  const fill = input.fill.trim();
  if ([...fill].length > MAX_FILL_CHARACTERS) {
    throw new InvalidTankCheckError(`Please keep it to ${MAX_FILL_CHARACTERS} characters.`);
  }
  const parsed = tankPayloadSchema.safeParse({ value: input.value, fill });
  if (!parsed.success) throw new InvalidTankCheckError('Choose a number from 0 to 10.');
  return parsed.data;
}

export function parseTankPayload(payload: unknown): TankPayload | null {
  const parsed = tankPayloadSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

/** "6 of 10, getting by". */
export function tankValueText(value: number): string {
  return `${value} of ${TANK_MAX}, ${tankWords(value).toLowerCase()}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });

export function checkedOnText(createdAt: number): string {
  return dayFormat.format(createdAt);
}
