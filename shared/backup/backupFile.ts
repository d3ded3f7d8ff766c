/**
 * The backup file's outer shape, shared by the page (which makes and restores backups) and main (which
 * writes, reads back and lists them). See docs/backup-format.md.
 *
 * A backup is UTF-8 text, one JSON object per line, each line ending in "\n":
 *   line 1          the preamble: format name and version, when it was made, the vault header, the count;
 *   lines 2 … n+1   one stored record each, as in IndexedDB (plaintext fields, base64 IV and ciphertext),
 *                   in ascending order of id;
 *   last line       the trailer: a SHA-256 of every byte before it, and an HMAC of that digest.
 *
 * Owns: the line structure, the format name and version, the size cap, backup file names, and the rule
 * that the digest covers exactly the bytes before the trailer. Must not: hash or verify (no crypto here:
 * the page uses WebCrypto, main uses node:crypto), or know what a record means.
 */
import { z } from 'zod';

export const BACKUP_FORMAT_NAME = 'hearth-backup';
/** How every backup Hearth writes begins (the preamble's first field). */
const BACKUP_MAGIC = `{"format":"${BACKUP_FORMAT_NAME}"`;

/** The newest backup format this code writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;

/**
 * The most characters a backup may have: 256 Mi. A ten-year vault of 20,000 records is about 35 MB, so
 * this leaves room for seven times that, and refuses a file that could only exhaust memory.
 */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

/** Backups Hearth makes are named `hearth-backup-2026-12-02T08-40-25-123Z.hearthbackup` (UTC). */
export const BACKUP_FILE_EXTENSION = '.hearthbackup';
export const BACKUP_FILE_PATTERN = /^hearth-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?\.hearthbackup$/;

/** The file name for a backup made at `time` (milliseconds since the epoch). Sorts by time as text. */
export function backupFileName(time: number): string {
  const stamp = new Date(time).toISOString().replace(/:/g, '-').replace('.', '-');
  return `hearth-backup-${stamp}${BACKUP_FILE_EXTENSION}`;
}

/**
 * Why a file cannot be used as a backup: not a Hearth backup, a newer format, cut short or damaged, over the
 * size cap (all found without a key), or changed after it was made (found once a key checks its manifest).
 */
export type BackupFileProblem = 'foreign' | 'newer' | 'damaged' | 'too-large' | 'altered';

export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
  constructor(
    readonly problem: BackupFileProblem,
    detail: string,
  ) {
    super(`Not a usable Hearth backup (${problem}): ${detail}`);
  }
}

const preambleShape = z.object({ format: z.literal(BACKUP_FORMAT_NAME), version: z.number().int().min(1) }).loose();

const trailerSchema = z
  .object({
    end: z.literal(BACKUP_FORMAT_NAME),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    mac: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  })
  .strict();

export type BackupTrailer = z.infer<typeof trailerSchema>;

/** A backup split into its lines, before any record is checked. */
export interface BackupLines {
  /** The preamble, parsed as JSON (its fields are checked by whoever reads the vault header). */
  preamble: Record<string, unknown>;
  /** The record lines, unparsed, in file order. */
  recordLines: string[];
  trailer: BackupTrailer;
  /** Every character before the trailer line: what the digest covers. */
  body: string;
}

/**
 * Splits backup text into preamble, record lines and trailer. Throws {@link BackupFileError}: `too-large`
 * over the cap, `foreign` when the first line is not a Hearth backup's, `newer` for a format version this
 * code does not know, `damaged` for anything cut short or malformed (a missing trailer, a count that does
 * not match). Checks no digest.
 */
export function splitBackupLines(text: string): BackupLines {
  if (text.length > MAX_BACKUP_CHARS) throw new BackupFileError('too-large', 'over the size cap');
  const firstBreak = text.indexOf('\n');
  const preamble = parseJsonObject(firstBreak < 0 ? text : text.slice(0, firstBreak));
  const shape = preamble ? preambleShape.safeParse(preamble) : undefined;
  if (!preamble || !shape?.success) {
    // A file that begins as Hearth writes a backup but breaks off is ours and damaged, not someone else's.
    if (text.startsWith(BACKUP_MAGIC)) throw new BackupFileError('damaged', 'the preamble is cut short or malformed');
    throw new BackupFileError('foreign', 'the first line is not a Hearth backup preamble');
  }
  if (shape.data.version > BACKUP_FORMAT_VERSION) throw new BackupFileError('newer', `format version ${shape.data.version}`);
  if (!text.endsWith('\n')) throw new BackupFileError('damaged', 'the file does not end with a line break');
  const trailerStart = text.lastIndexOf('\n', text.length - 2) + 1;
  if (trailerStart <= firstBreak) throw new BackupFileError('damaged', 'there is no trailer');
  const trailer = trailerSchema.safeParse(parseJsonObject(text.slice(trailerStart, -1)));
  if (!trailer.success) throw new BackupFileError('damaged', 'the last line is not a trailer');
  const body = text.slice(0, trailerStart);
  const recordText = body.slice(firstBreak + 1);
  const recordLines = recordText === '' ? [] : recordText.slice(0, -1).split('\n');
  const count = preamble.recordCount;
  if (count !== recordLines.length) throw new BackupFileError('damaged', 'the record count does not match');
  return { preamble, recordLines, trailer: trailer.data, body };
}

/** Joins the parts back into backup text (the page uses this to write; the trailer comes last). */
export function joinBackupLines(preamble: object, recordLines: readonly string[], trailer: BackupTrailer): string {
  return `${backupBody(preamble, recordLines)}${JSON.stringify(trailer)}\n`;
}

/** The body (preamble and record lines) whose digest the trailer carries. */
export function backupBody(preamble: object, recordLines: readonly string[]): string {
  const lines = [JSON.stringify(preamble), ...recordLines];
  return `${lines.join('\n')}\n`;
}

function parseJsonObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
