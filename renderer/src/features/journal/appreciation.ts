/**
 * What an appreciation is: the sealed payload's schema and limits, and the entry the screens see. Owns the
 * words of the limits' messages. Holds no storage: appreciationRepo.ts reads and writes through these.
 *
 * Only the payload is sealed: the text, the tags and the prompt it started from. Who wrote it, when, and
 * whether it is shared ("us") or private are the record's plaintext fields (see storedRecord.ts).
 */
import { z } from 'zod';

export const MAX_TEXT_CHARACTERS = 20_000;
export const MAX_TAGS = 10;
export const MAX_TAG_CHARACTERS = 30;

import type { PartnerSlot, Space } from '@shared/partners';
export type { PartnerSlot, Space } from '@shared/partners';

/**
 * Characters as a person counts them: an emoji or an accented letter written as one code point is one,
 * not the two UTF-16 units that `String.length` sees.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

export const TOO_LONG_MESSAGE = "That's longer than Hearth can keep in one entry — 20,000 characters at most.";
export const EMPTY_MESSAGE = 'Write a few words first. Even one sentence is plenty.';
export const TOO_MANY_TAGS_MESSAGE = `Up to ${MAX_TAGS} tags for one entry.`;
export const TAG_LENGTH_MESSAGE = `A tag can be up to ${MAX_TAG_CHARACTERS} characters.`;

const tagSchema = z
  .string()
  .trim()
  .min(1, 'A tag needs at least one character.')
  .refine((tag) => characterCount(tag) <= MAX_TAG_CHARACTERS, TAG_LENGTH_MESSAGE);

/** The sealed body of an appreciation record, as written and as checked when read back. */
export const appreciationPayloadSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, EMPTY_MESSAGE)
    .refine((text) => characterCount(text) <= MAX_TEXT_CHARACTERS, TOO_LONG_MESSAGE),
  tags: z.array(tagSchema).max(MAX_TAGS, TOO_MANY_TAGS_MESSAGE).default([]),
  promptId: z.string().min(1).max(80).optional(),
});

export type AppreciationPayload = z.output<typeof appreciationPayloadSchema>;

/** What a partner writes; the repo seals it under the space's key. */
export interface NewAppreciation {
  text: string;
  tags?: readonly string[];
  space: Space;
  promptId?: string;
}

/** Fields one may change on an existing appreciation; leave a field out to keep it. */
export interface AppreciationChanges {
  text?: string;
  tags?: readonly string[];
  space?: Space;
  /** `null` forgets the prompt. */
  promptId?: string | null;
}

interface EntryMeta {
  id: string;
  author: PartnerSlot;
  space: Space;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

export type ReadableEntry = EntryMeta & { status: 'ok'; text: string; tags: string[]; promptId?: string };
export type UnreadableEntry = EntryMeta & { status: 'unreadable' };

/** One appreciation as the screens see it: readable, or known only by its date and author. */
export type JournalEntry = ReadableEntry | UnreadableEntry;

/** Thrown before anything is stored, with a message meant for people. */
export class InvalidAppreciationError extends Error {
  readonly reason: 'too-long' | 'empty' | 'tags';

  constructor(message: string, reason: InvalidAppreciationError['reason']) {
    super(message);
    this.name = 'InvalidAppreciationError';
    this.reason = reason;
  }
}

/** Tags as stored: trimmed, inner spaces collapsed, the same tag once whatever its case (first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** Checks what a partner wrote and answers the payload to seal; throws InvalidAppreciationError otherwise. */
export function toPayload(input: { text: string; tags?: readonly string[]; promptId?: string }): AppreciationPayload {
  const candidate = { text: input.text, tags: normaliseTags(input.tags ?? []), promptId: input.promptId };
  const result = appreciationPayloadSchema.safeParse(candidate);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path[0];
  if (path === 'tags') throw new InvalidAppreciationError(issue.message, 'tags');
  if (issue.message === TOO_LONG_MESSAGE) throw new InvalidAppreciationError(TOO_LONG_MESSAGE, 'too-long');
  throw new InvalidAppreciationError(EMPTY_MESSAGE, 'empty');
}

/** Reads a payload back; anything that does not fit the schema is treated as unreadable, never trusted. */
export function parseStoredPayload(payload: unknown): AppreciationPayload | null {
  const result = appreciationPayloadSchema.safeParse(payload);
  return result.success ? result.data : null;
}
