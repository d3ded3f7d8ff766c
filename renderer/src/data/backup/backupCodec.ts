/**
 * Backup files in the page: the vault as stored turned into backup text, and backup text checked and turned
 * back into the vault as stored. No record is decrypted or re-encrypted: the bytes of every IV and
 * ciphertext go out and come back exactly as IndexedDB holds them. See docs/backup-format.md.
 *
 * Two checks, in two steps. `readBackup` needs no key: it checks the structure, every record line and the
 * SHA-256 of the body, which catches a file cut short or damaged on disk. `verifyBackupManifest` needs the
 * backup key (derived from that vault's Us key, so only after its passphrase or recovery key opened a slot):
 * it checks the HMAC over that digest, which someone who knows the format but not the key cannot forge, so
 * records removed, reordered, added or altered are refused even when the digest was recomputed.
 *
 * Must not: touch storage, keep keys, or accept a line it does not fully understand.
 */
import { z } from 'zod';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  backupBody,
  joinBackupLines,
  splitBackupLines,
} from '@shared/backup/backupFile';
import { base64ToBytes, bytesToBase64, isCanonicalBase64, utf8Encode } from '../crypto/bytes';
import { parseVaultHeader, type VaultHeader } from '../crypto/vaultHeader';
import { KEY_IDS, PARTNER_SLOTS, RECORD_KINDS, type StoredRecord } from '../storage/storedRecord';

/** The vault exactly as stored: its header and every record of both partners. */
export interface VaultSnapshot {
  header: VaultHeader;
  records: StoredRecord[];
}

/** A backup whose structure and digest were checked; its manifest still needs the backup key. */
export interface ReadBackup extends VaultSnapshot {
  /** When the backup was made, milliseconds since the epoch. */
  createdAt: number;
  /** The records in file order: ascending id. */
  records: StoredRecord[];
  sha256: string;
  mac: string;
}

/** Says what the HMAC signs, so the tag can never be taken for one made for another purpose. */
const MANIFEST_LABEL = 'hearth.backup-manifest.v1';

const preambleSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT_NAME),
    version: z.literal(BACKUP_FORMAT_VERSION),
    createdAt: z.number().int().nonnegative(),
    vault: z.unknown(),
    recordCount: z.number().int().nonnegative(),
  })
  .strict();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const RECORD_LINE_FIELDS = 'id,kind,keyId,author,createdAt,updatedAt,iv,ct';

/** Records are checked by hand rather than with zod: a ten-year vault has 20,000 of them, and this is hot. */
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/** Records handled between two pauses that let the page answer clicks and paint (about 20-40 ms of work). */
const RECORDS_PER_SLICE = 500;

/** Lets the page breathe between slices of long work (`scheduler.yield` where the browser has it). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The backup text of a vault: records in ascending id order, the digest of everything before the trailer,
 * and the HMAC of that digest under `backupKey`.
 */
export async function encodeBackup(snapshot: VaultSnapshot, backupKey: CryptoKey, createdAt: number): Promise<string> {
  const records = [...snapshot.records].sort((left, right) => compareIds(left.id, right.id));
  const recordLines: string[] = [];
  for (let index = 0; index < records.length; index++) {
    if (index > 0 && index % RECORDS_PER_SLICE === 0) await yieldToPage();
    recordLines.push(recordLine(records[index]!));
  }
  const preamble = { format: BACKUP_FORMAT_NAME, version: BACKUP_FORMAT_VERSION, createdAt, vault: snapshot.header, recordCount: records.length };
  const sha256 = await sha256Hex(backupBody(preamble, recordLines));
  const mac = bytesToBase64(new Uint8Array(await crypto.subtle.sign('HMAC', backupKey, manifestMessage(sha256))));
  return joinBackupLines(preamble, recordLines, { end: BACKUP_FORMAT_NAME, sha256, mac });
}

/**
 * Checks backup text completely without a key: its structure, the vault header, every record line (the
 * same plaintext whitelist IndexedDB holds to), ids unique and in ascending order, and the body's SHA-256.
 * Throws {@link BackupFileError}: `foreign`, `newer`, `too-large` or `damaged`.
 */
export async function readBackup(text: string): Promise<ReadBackup> {
  const lines = splitBackupLines(text);
  const preamble = preambleSchema.safeParse(lines.preamble);
  if (!preamble.success) throw new BackupFileError('damaged', 'the preamble is malformed');
  const header = readHeader(preamble.data.vault);
  const records: StoredRecord[] = [];
  for (let index = 0; index < lines.recordLines.length; index++) {
    if (index > 0 && index % RECORDS_PER_SLICE === 0) await yieldToPage();
    const record = readRecordLine(lines.recordLines[index]!);
    if (index > 0 && compareIds(records[index - 1]!.id, record.id) >= 0) throw new BackupFileError('damaged', 'records are out of order');
    records.push(record);
  }
  if ((await sha256Hex(lines.body)) !== lines.trailer.sha256) throw new BackupFileError('damaged', 'the digest does not match');
  return { header, records, createdAt: preamble.data.createdAt, sha256: lines.trailer.sha256, mac: lines.trailer.mac };
}

/**
 * Checks the manifest's HMAC with the backup key of the vault the backup holds. Throws
 * {@link BackupFileError} `altered` when it does not match: the file was changed after it was made.
 */
export async function verifyBackupManifest(backup: ReadBackup, backupKey: CryptoKey): Promise<void> {
  const isAuthentic =
    isCanonicalBase64(backup.mac) && (await crypto.subtle.verify('HMAC', backupKey, base64ToBytes(backup.mac), manifestMessage(backup.sha256)));
  if (!isAuthentic) throw new BackupFileError('altered', 'the manifest does not authenticate');
}

/** Ids compare as strings by UTF-16 code unit, the same order on every machine. */
function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function recordLine(record: StoredRecord): string {
  const { id, kind, keyId, author, createdAt, updatedAt, sealed } = record;
  return JSON.stringify({ id, kind, keyId, author, createdAt, updatedAt, iv: bytesToBase64(sealed.iv), ct: bytesToBase64(sealed.ct) });
}

function readRecordLine(line: string): StoredRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupFileError('damaged', 'a record line is not JSON');
  }
  if (typeof value !== 'object' || value === null || Object.keys(value).join(',') !== RECORD_LINE_FIELDS) {
    throw new BackupFileError('damaged', 'a record line has other fields');
  }
  const { id, kind, keyId, author, createdAt, updatedAt, iv, ct } = value as Record<string, unknown>;
  const isValid =
    typeof id === 'string' && UUID.test(id) && isOneOf(RECORD_KINDS, kind) && isOneOf(KEY_IDS, keyId) && isOneOf(PARTNER_SLOTS, author) &&
    isTime(createdAt) && isTime(updatedAt) && typeof iv === 'string' && typeof ct === 'string' && isCanonicalBase64(iv) && isCanonicalBase64(ct);
  if (!isValid) throw new BackupFileError('damaged', 'a record line is malformed');
  const sealed = { v: 1 as const, iv: base64ToBytes(iv), ct: base64ToBytes(ct) };
  if (sealed.iv.length !== 12 || sealed.ct.length < 16) throw new BackupFileError('damaged', 'a record line is malformed');
  return { id, kind, keyId, author, createdAt, updatedAt, sealed };
}

function readHeader(value: unknown): VaultHeader {
  try {
    return parseVaultHeader(value);
  } catch {
    // A header refused as weakened (WeakKdfParamsError) is refused here too: the backup's lock is not trusted.
    throw new BackupFileError('damaged', 'the vault header is not valid');
  }
}

function manifestMessage(sha256: string): Uint8Array<ArrayBuffer> {
  return utf8Encode(`${MANIFEST_LABEL}\n${sha256}`);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8Encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
