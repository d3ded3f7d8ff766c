/**
 * The composer's draft: its shape, how it is read back, and when the length counter shows. The draft is
 * kept whatever its length (even past the entry limit), by the data core's useDraft.
 */
import { z } from 'zod';
import { characterCount, MAX_TEXT_CHARACTERS, type Space } from './appreciation';

/** The drafts slot of the journal's composer (one per partner). */
export const NEW_ENTRY_DRAFT_SLOT = 'journal:new';

/** The counter shows from here on, so it only appears near the limit. */
export const COUNTER_FROM_CHARACTERS = 18_000;

export interface JournalDraft {
  text: string;
  tags: string[];
  space: Space;
  promptId?: string;
}

/** How a kept draft is read back; older drafts with text only still fit. */
export const journalDraftSchema = z.object({
  text: z.string(),
  tags: z.array(z.string()).max(100).default([]),
  space: z.enum(['us', 'private']).default('us'),
  promptId: z.string().optional(),
});

/** A stored draft, or null when there is none or it is not a draft we understand. */
export function parseDraft(value: unknown): JournalDraft | null {
  const result = journalDraftSchema.safeParse(value);
  if (!result.success) return null;
  const { promptId, ...rest } = result.data;
  return promptId ? { ...rest, promptId } : rest;
}

/** Nothing worth keeping: no words, no tags, no prompt chosen. */
export function isBlankDraft(draft: JournalDraft): boolean {
  return draft.text.trim() === '' && draft.tags.length === 0 && !draft.promptId;
}

export type LengthState =
  | { kind: 'quiet'; count: number }
  | { kind: 'near'; count: number; left: number }
  | { kind: 'over'; count: number; over: number };

/** Whether to show the counter, and how: nothing far from the limit, a count near it, a message past it. */
export function lengthState(text: string): LengthState {
  const count = characterCount(text);
  if (count > MAX_TEXT_CHARACTERS) return { kind: 'over', count, over: count - MAX_TEXT_CHARACTERS };
  if (count >= COUNTER_FROM_CHARACTERS) return { kind: 'near', count, left: MAX_TEXT_CHARACTERS - count };
  return { kind: 'quiet', count };
}
