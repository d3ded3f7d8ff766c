/**
 * Hearth's open export: what one partner may read, decrypted, as JSON (documented in docs/backup-format.md,
 * with a JSON Schema in docs/hearth-export.schema.json). Not encrypted: the screens say so before writing.
 *
 * Owns: the export's shape and the checks an imported file must pass (size, depth, well-formed text, unique
 * ids), so no hostile file can throw, pollute a prototype or half-import. Must not: know any key.
 */
import { z } from 'zod';
import { PARTNER_SLOTS, SPACES } from '../partners';

export const EXPORT_FORMAT_NAME = 'hearth-export';
export const EXPORT_FORMAT_VERSION = 1;
/** The most characters an export file may have for import: 128 Mi (ten years of writing is about 15 MB). */
export const MAX_EXPORT_CHARS = 128 * 1024 * 1024;
/** How deep a record's payload may nest: Hearth's own are 3 deep; anything deeper is not ours. */
export const MAX_PAYLOAD_DEPTH = 16;
const MAX_RECORDS = 1_000_000;

/** The kinds an export holds: everything but drafts (work in progress stays in the vault). */
export const EXPORTED_KINDS = [
  'profile', 'appreciation', 'checkin', 'session', 'plan', 'readiness', 'cardState', 'assessment', 'tank', 'marker',
] as const;

const exportedRecordSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(EXPORTED_KINDS),
    space: z.enum(SPACES),
    author: z.enum(PARTNER_SLOTS),
    createdAt: z.number().int().nonnegative().max(8.64e15),
    updatedAt: z.number().int().nonnegative().max(8.64e15),
    // The parsed object itself, not a copy: a copy made key by key would treat a "__proto__" key as a prototype.
    payload: z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
  })
  .strict();

export const hearthExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT_NAME),
    version: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: z.number().int().nonnegative(),
    /** The partner who made the export, as a letter: the one whose private entries it holds. */
    partner: z.enum(PARTNER_SLOTS),
    records: z.array(exportedRecordSchema).max(MAX_RECORDS),
  })
  .strict();

export type HearthExport = z.infer<typeof hearthExportSchema>;
export type ExportedRecord = z.infer<typeof exportedRecordSchema>;

export type ImportProblem = 'too-large' | 'not-json' | 'not-an-export' | 'newer' | 'too-deep' | 'malformed-text' | 'duplicate-ids';

export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
  constructor(readonly problem: ImportProblem) {
    super(`The file cannot be imported (${problem}).`);
  }
}

/**
 * Reads an export for import. Throws only {@link ImportRefusedError}, whatever the text: over the cap, not
 * JSON, not an export (or from a newer Hearth), nested too deep, a string with a lone surrogate (it would
 * not survive encryption unchanged), or an id used twice.
 */
export function parseExport(text: string): HearthExport {
  if (text.length > MAX_EXPORT_CHARS) throw new ImportRefusedError('too-large');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportRefusedError('not-json');
  }
  checkValues(value);
  const version = (value as { version?: unknown } | null)?.version;
  if ((value as { format?: unknown } | null)?.format === EXPORT_FORMAT_NAME && typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    throw new ImportRefusedError('newer');
  }
  const parsed = hearthExportSchema.safeParse(value);
  if (!parsed.success) throw new ImportRefusedError('not-an-export');
  if (new Set(parsed.data.records.map((record) => record.id)).size !== parsed.data.records.length) throw new ImportRefusedError('duplicate-ids');
  return parsed.data;
}

/** Walks the parsed value without recursion: refuses nesting past the limit and lone surrogates. */
function checkValues(root: unknown): void {
  // Records sit at depth 2 (root → records → record), their payloads below: allow for that.
  const limit = MAX_PAYLOAD_DEPTH + 3;
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (/\p{Surrogate}/u.test(value)) throw new ImportRefusedError('malformed-text');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) throw new ImportRefusedError('too-deep');
    for (const key of Object.keys(value)) {
      if (/\p{Surrogate}/u.test(key)) throw new ImportRefusedError('malformed-text');
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
}
