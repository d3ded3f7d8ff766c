/**
 * Backup files on disk: where they go, writing one so that a crash never leaves a broken one counted as a
 * backup, reading one back, listing them, and keeping only the newest few. See docs/backup-format.md.
 *
 * Owns: the backup folder (the app's data folder's `backups/` unless the person chose another) and the
 * number to keep, in `backup-policy.json` (a path and a number: no user content). Backups hold only
 * ciphertext, made by the page; main never has a key to open them, and checks only their structure and
 * digest. Must not: remove any file but one named like Hearth's backups, or a backup before a newer one was
 * written and read back whole.
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_FILE_PATTERN,
  backupFileName,
  BackupFileError,
  MAX_BACKUP_CHARS,
  splitBackupLines,
} from '@shared/backup/backupFile';
import type { BackupEntry, BackupStatus, PickedBackup } from '@shared/ipc/contract';
import type { Platform } from '../platform/Platform';
import { writeAtomically } from './settingsStore';

export const BACKUP_POLICY_FILE = 'backup-policy.json';
export const DEFAULT_KEEP = 14;
export const MAX_KEEP = 365;

const policySchema = z.object({ folder: z.string().min(1).nullable(), keep: z.number().int().min(1).max(MAX_KEEP) }).strict();
type BackupPolicy = z.infer<typeof policySchema>;

/** Text that is not a whole, well-formed backup: refused before anything is written. */
export class BackupRefusedError extends Error {
  constructor() {
    super('That is not a complete Hearth backup, so it was not saved.');
    this.name = 'BackupRefusedError';
  }
}

/** The backup could not be written, or did not read back the same: earlier backups are untouched. */
export class BackupWriteError extends Error {
  constructor() {
    super('Hearth could not write the backup to its folder. Your earlier backups are untouched.');
    this.name = 'BackupWriteError';
  }
}

/** A backup file that could not be found or read. */
export class BackupReadError extends Error {
  constructor(message = 'Hearth could not read that backup file.') {
    super(message);
    this.name = 'BackupReadError';
  }
}

export class BackupService {
  #platform: Platform;
  #dataDir: string;
  #policyFile: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(platform: Platform, dataDir: string) {
    this.#platform = platform;
    this.#dataDir = dataDir;
    this.#policyFile = join(dataDir, BACKUP_POLICY_FILE);
  }

  /** The folder, how many are kept, and the backups there, newest first. */
  async status(): Promise<BackupStatus> {
    const policy = await this.#policy();
    const folder = this.#folderOf(policy);
    return { folder, isDefaultFolder: policy.folder === null, keep: policy.keep, backups: await listBackups(folder) };
  }

  /**
   * Writes a backup: checked, to a temporary file flushed to disk, renamed into place, the folder flushed,
   * read back and compared; then backups beyond the number to keep are removed, oldest first. One at a time.
   */
  write(text: string): Promise<BackupEntry> {
    return this.#inTurn(async () => {
      assertWholeBackup(text);
      const policy = await this.#policy();
      const folder = this.#folderOf(policy);
      const entry = await this.#writeNew(folder, text).catch((error: unknown) => {
        throw error instanceof BackupRefusedError ? error : new BackupWriteError();
      });
      await this.#prune(folder, policy.keep);
      return entry;
    });
  }

  /** One backup in the backup folder, by its name. */
  async read(name: string): Promise<string> {
    if (!BACKUP_FILE_PATTERN.test(name)) throw new BackupReadError();
    return readCapped(join(this.#folderOf(await this.#policy()), name));
  }

  /** A backup file the person picks anywhere, through the system's open dialog; null when they cancel. */
  async openFile(): Promise<PickedBackup | null> {
    const path = await this.#platform.dialogs.chooseOpenPath({
      title: 'Choose a Hearth backup',
      filterName: 'Hearth backups',
      extensions: [BACKUP_FILE_EXTENSION.slice(1)],
    });
    if (!path) return null;
    return { name: basename(path), text: await readCapped(path) };
  }

  /** Asks the person for a folder to keep backups in; answers the new status, or null when they cancel. */
  async chooseFolder(): Promise<BackupStatus | null> {
    const folder = await this.#platform.dialogs.chooseFolder({ title: 'Choose where Hearth keeps its backups' });
    if (!folder) return null;
    await this.#savePolicy({ ...(await this.#policy()), folder });
    return this.status();
  }

  /**
   * Changes how many backups are kept, or goes back to the app's own folder. Nothing is removed now: a
   * number stepped down by mistake costs nothing until the next backup is written.
   */
  async updatePolicy(change: { keep?: number; useDefaultFolder?: boolean }): Promise<BackupStatus> {
    const policy = await this.#policy();
    await this.#savePolicy({ folder: change.useDefaultFolder ? null : policy.folder, keep: change.keep ?? policy.keep });
    return this.status();
  }

  async #writeNew(folder: string, text: string): Promise<BackupEntry> {
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    await removeLeftovers(folder);
    const createdAt = this.#platform.clock.now();
    const name = await freeName(folder, createdAt);
    const temporary = join(folder, `.${name}.${randomUUID()}.partial`);
    const handle = await fs.open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    const final = join(folder, name);
    await fs.rename(temporary, final);
    await syncFolder(folder);
    if ((await fs.readFile(final, 'utf8')) !== text) {
      await fs.rm(final, { force: true });
      throw new BackupWriteError();
    }
    return { name, createdAt, sizeBytes: Buffer.byteLength(text, 'utf8') };
  }

  async #prune(folder: string, keep: number): Promise<void> {
    const backups = await listBackups(folder);
    for (const old of backups.slice(keep)) await fs.rm(join(folder, old.name), { force: true });
  }

  #folderOf(policy: BackupPolicy): string {
    return policy.folder ?? join(this.#dataDir, 'backups');
  }

  async #policy(): Promise<BackupPolicy> {
    try {
      const parsed = policySchema.safeParse(JSON.parse(await fs.readFile(this.#policyFile, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or unreadable: the defaults, below.
    }
    return { folder: null, keep: DEFAULT_KEEP };
  }

  async #savePolicy(policy: BackupPolicy): Promise<void> {
    await fs.mkdir(this.#dataDir, { recursive: true });
    await writeAtomically(this.#policyFile, `${JSON.stringify(policySchema.parse(policy), null, 2)}\n`);
  }

  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/** Throws {@link BackupRefusedError} unless the text is a whole backup whose digest matches. */
function assertWholeBackup(text: string): void {
  try {
    const lines = splitBackupLines(text);
    if (createHash('sha256').update(lines.body, 'utf8').digest('hex') !== lines.trailer.sha256) throw new BackupRefusedError();
  } catch (error) {
    if (error instanceof BackupFileError || error instanceof BackupRefusedError) throw new BackupRefusedError();
    throw error;
  }
}

/** Backups in a folder, newest first; only files named like Hearth's backups count, never a temporary file. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const entries = await Promise.all(
    names
      .filter((name) => BACKUP_FILE_PATTERN.test(name))
      .map(async (name) => {
        const stat = await fs.stat(join(folder, name)).catch(() => undefined);
        return stat?.isFile() ? [{ name, createdAt: timeInName(name), sizeBytes: stat.size }] : [];
      }),
  );
  return entries.flat().sort((left, right) => right.createdAt - left.createdAt || (left.name < right.name ? 1 : -1));
}

function timeInName(name: string): number {
  const stamp = /^hearth-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name)!;
  return Date.parse(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z`);
}

/** The backup's name, with a counter when a backup of the same millisecond exists already. */
async function freeName(folder: string, createdAt: number): Promise<string> {
  const base = backupFileName(createdAt);
  for (let counter = 0; ; counter++) {
    const name = counter === 0 ? base : base.replace(BACKUP_FILE_EXTENSION, `-${counter}${BACKUP_FILE_EXTENSION}`);
    const exists = await fs.stat(join(folder, name)).then(() => true, () => false);
    if (!exists) return name;
  }
}

/** Temporary files a crash left behind: ciphertext only, never counted as backups, removed before the next. */
async function removeLeftovers(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (/^\.hearth-backup-.*\.partial$/.test(name)) await fs.rm(join(folder, name), { force: true });
  }
}

/** Flushes the folder's entry list, so a rename survives a power cut. Windows cannot open a folder to flush it. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readCapped(path: string): Promise<string> {
  const stat = await fs.stat(path).catch(() => undefined);
  if (!stat?.isFile()) throw new BackupReadError();
  // UTF-8 is at least one byte a character, so a file over the cap in bytes may still fit in characters only
  // if it is not ASCII; backups are ASCII, so anything bigger is not one of ours.
  if (stat.size > MAX_BACKUP_CHARS) throw new BackupReadError('That file is too large to be a Hearth backup.');
  return fs.readFile(path, 'utf8').catch(() => {
    throw new BackupReadError();
  });
}
