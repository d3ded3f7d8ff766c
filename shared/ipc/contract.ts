/**
 * The IPC contract: every channel's input schema and output type, defined once.
 *
 * Main validates every input against these schemas before a handler runs (see electron/ipc/ipcDispatcher.ts);
 * the preload exposes one method per channel (shared/ipc/buildBridge.ts); the renderer reads the bridge in
 * exactly one module (renderer/src/platform/bridge.ts). Payloads are plain JSON objects.
 */
import { z } from 'zod';
import { BACKUP_FILE_PATTERN, MAX_BACKUP_CHARS } from '../backup/backupFile';
import { MAX_EXPORT_CHARS } from '../export/openExport';
import type { PartnerSlot } from '../partners';
import { isAppPath, MAX_APP_PATH_LENGTH, type AppPath } from '../routes';
import { REMINDER_KINDS, type ReminderKind, type ReminderPause } from '../settings/reminderSettings';
import { settingsPatchSchema, type Settings } from '../settings/settings';
import type { EventChannel, InvokeChannel } from './channels';

/** A channel's input schema, with its output type carried along for the type checker only. */
interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Never set at run time; only carries the output type. */
  readonly output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}

const noInput = z.object({}).strict();

export interface AppInfo {
  name: string;
  version: string;
  platform: 'darwin' | 'win32' | 'linux' | 'other';
  isPackaged: boolean;
}

export type OpenExternalOutcome = 'opened' | 'declined';

/**
 * Whether "remember on this computer" can be offered: only where the operating system's keychain really
 * protects what it holds (not Linux's plain-text fallback).
 */
export type KeychainStatus =
  | { availability: 'available' }
  | { availability: 'insecure' | 'unavailable'; reason: string };

/** A partner's key-encryption key, kept by main sealed with the operating system's keychain. */
export interface RememberedSecret {
  partner: PartnerSlot;
  secretB64: string;
}

type SaveTextOutcome = 'saved' | 'cancelled';

/**
 * How the page's last run ended: `crashed` when main reopened the page after its renderer process died (the
 * keys went with it, so the page starts locked), `normal` otherwise. Told once: the next ask answers `normal`.
 */
export type LastExit = 'normal' | 'crashed';

/** What a saved PDF is: main words its save dialog for each. */
export const PDF_KINDS = ['journal', 'cards', 'keepsake'] as const;
export type PdfKind = (typeof PDF_KINDS)[number];
export type SavePdfOutcome = 'saved' | 'cancelled';
/**
 * The largest export document main accepts: ten years of a couple's entries with the embedded typeface come
 * to about 15 MB of HTML, so this leaves room without letting a page hand main an unbounded string.
 */
export const MAX_PDF_HTML_CHARACTERS = 64_000_000;
/** One backup file in the backup folder. */
export interface BackupEntry {
  name: string;
  /** When it was made (from its name), milliseconds since the epoch. */
  createdAt: number;
  sizeBytes: number;
}

/** Where backups go, how many are kept, and the ones there, newest first. */
export interface BackupStatus {
  folder: string;
  /** True when backups go to the app's own data folder (not one the person chose). */
  isDefaultFolder: boolean;
  keep: number;
  backups: BackupEntry[];
}

/** A file the person picked to restore from: its name (not its path) and its text, unchecked. */
export interface PickedBackup {
  name: string;
  text: string;
}

const vaultIdSchema = z.string().uuid();
const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte key in base64');

export const contract = {
  /** Name, version and platform, for the About section. */
  'app:getInfo': channel<AppInfo>()(noInput),
  /** The current app settings (never any user content). */
  'settings:get': channel<Settings>()(noInput),
  /** Changes some settings; answers with all of them as stored. */
  'settings:update': channel<Settings>()(settingsPatchSchema),
  /**
   * Opens an https address in the system browser, only after the person confirms in a native dialog.
   * Anything but a plain https URL is refused before the dialog is shown.
   */
  'links:openExternal': channel<OpenExternalOutcome>()(
    z.object({ url: z.string().min(1).max(2048) }).strict(),
  ),
  /** Can this computer's keychain protect a remembered key? */
  'keychain:getStatus': channel<KeychainStatus>()(noInput),
  /** Keeps a partner's key-encryption key, sealed by the keychain; refused where the keychain is not safe. */
  'keychain:remember': channel<void>()(
    z.object({ vaultId: vaultIdSchema, partner: z.enum(['a', 'b']), secretB64: base64Key }).strict(),
  ),
  /** The remembered key for this vault, or null (none, or the keychain could not unseal it). */
  'keychain:recall': channel<RememberedSecret | null>()(z.object({ vaultId: vaultIdSchema }).strict()),
  /** Forgets any remembered key for this vault. */
  'keychain:forget': channel<void>()(z.object({ vaultId: vaultIdSchema }).strict()),
  /**
   * Saves text the person chose to keep as a file (a recovery key) through the system's save dialog. The
   * person picks the place; nothing is written without that choice.
   */
  'files:saveText': channel<SaveTextOutcome>()(
    z
      .object({
        suggestedName: z.string().regex(/^[\w .-]{1,80}\.txt$/, 'a plain .txt file name'),
        text: z.string().min(1).max(10_000),
      })
      .strict(),
  ),
  /** Whether main reopened the page after a crash; answers `crashed` only once per crash. */
  'window:lastExit': channel<LastExit>()(noInput),
  /**
   * Prints a self-contained export document (no script, nothing fetched) to PDF and writes it where the person
   * chooses in the system's save dialog. Nothing is written before that choice, nor when the job is cancelled
   * or fails; the PDF is never written anywhere else.
   */
  'pdf:save': channel<SavePdfOutcome>()(
    z
      .object({
        jobId: z.string().uuid(),
        kind: z.enum(PDF_KINDS),
        suggestedName: z.string().regex(/^[\w .-]{1,80}\.pdf$/, 'a plain .pdf file name'),
        html: z.string().min(1).max(MAX_PDF_HTML_CHARACTERS),
      })
      .strict(),
  ),
  /** Cancels a `pdf:save` still printing: it answers `cancelled` and writes nothing. */
  'pdf:cancel': channel<void>()(z.object({ jobId: z.string().uuid() }).strict()),
  /** The backup folder, how many are kept, and the backups there. */
  'backups:status': channel<BackupStatus>()(noInput),
  /**
   * Writes a backup the page made (ciphertext only) into the backup folder, atomically, reads it back, then
   * keeps only the newest few. Refused over the size cap, and when it is not a whole backup.
   */
  'backups:write': channel<BackupEntry>()(z.object({ text: z.string().min(1).max(MAX_BACKUP_CHARS) }).strict()),
  /** The text of one backup in the backup folder, by name (never a path). */
  'backups:read': channel<string>()(z.object({ name: z.string().max(120).regex(BACKUP_FILE_PATTERN) }).strict()),
  /** Asks the person to pick a backup file anywhere (restore); null when they cancel. */
  'backups:openFile': channel<PickedBackup | null>()(noInput),
  /** Asks the person for a folder to keep backups in; null when they cancel. */
  'backups:chooseFolder': channel<BackupStatus | null>()(noInput),
  /** Changes how many backups are kept, or goes back to the app's own folder. */
  'backups:updatePolicy': channel<BackupStatus>()(
    z.object({ keep: z.number().int().min(1).max(365).optional(), useDefaultFolder: z.literal(true).optional() }).strict(),
  ),
  /**
   * Saves an open (not encrypted) export where the person chooses in the system's save dialog; the page
   * has warned them first. Nothing is written without that choice.
   */
  'dataExport:save': channel<'saved' | 'cancelled'>()(
    z
      .object({
        suggestedName: z.string().regex(/^[\w .-]{1,80}\.json$/, 'a plain .json file name'),
        text: z.string().min(1).max(MAX_EXPORT_CHARS),
      })
      .strict(),
  ),
  /** Asks the person to pick a Hearth export to import; null when they cancel. */
  'dataExport:open': channel<PickedBackup | null>()(noInput),
  // Reminders (issue 9): times and kinds only, never what a reminder is about beyond its kind.
  /** The next reminder, any pause, and whether one is waiting, for Today and Settings. */
  'reminders:getStatus': channel<ReminderStatusView>()(noInput),
  /** Pauses reminders for an hour, until tomorrow, or until resumed (what the tray offers, too). */
  'reminders:pause': channel<void>()(z.object({ choice: z.enum(['an-hour', 'until-tomorrow', 'until-resumed']) }).strict()),
  'reminders:resume': channel<void>()(noInput),
  /**
   * While unlocked, the page says until when a planned practice is still to do this week (null: none). A
   * moment only: never which exercise, which main could not keep private.
   */
  'reminders:setPlannedPractice': channel<void>()(
    z.object({ until: z.number().int().nonnegative().max(8.64e15).nullable() }).strict(),
  ),
  /**
   * Told once: main found its settings file unreadable at start, used the defaults, and kept the old file
   * at `keptAs` (null when even setting it aside failed). Null when there is nothing to tell.
   */
  'settings:takeNotice': channel<SettingsNotice | null>()(noInput),
} satisfies Record<InvokeChannel, ChannelSpec<z.ZodType, unknown>>;

type Contract = typeof contract;
export type ChannelInput<C extends InvokeChannel> = z.input<Contract[C]['input']>;
export type ParsedChannelInput<C extends InvokeChannel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = Contract[C] extends ChannelSpec<z.ZodType, infer Output> ? Output : never;

/** What the page is told about reminders: the next one (kind and moment), a pause, one waiting. */
export interface ReminderStatusView {
  next: { kind: ReminderKind; at: number; reason: 'on-time' | 'snoozed' } | null;
  pause: ReminderPause;
  waiting: ReminderKind | null;
  /** The zone main reckons in, and its clock when it answered, so the page says the time main means. */
  timeZone: string;
  now: number;
}

export interface SettingsNotice {
  problem: 'unreadable-file';
  keptAs: string | null;
}

type LockReason = 'tray' | 'menu' | 'suspend' | 'lock-screen';

/** Events from main to the page and their payloads. */
export interface EventPayloads {
  /** Main asks the page to lock: from the tray or the menu, or because the computer sleeps or its screen locks. */
  'session:didRequestLock': { reason: LockReason };
  /**
   * Main asks the page to show a path from shared/routes.ts' table (a tray item, a reminder clicked), such
   * as `/exercises/talk`. While Hearth is locked, the page opens it after unlocking.
   */
  'navigation:didRequestRoute': { path: AppPath };
  /** A reminder came where the system shows no notifications: the page shows it as a banner instead. */
  'reminders:didFire': { kind: ReminderKind };
}

export const eventSchemas = {
  'session:didRequestLock': z.object({ reason: z.enum(['tray', 'menu', 'suspend', 'lock-screen']) }).strict(),
  'navigation:didRequestRoute': z
    .object({
      path: z
        .string()
        .max(MAX_APP_PATH_LENGTH)
        .refine(isAppPath, { message: 'Not a path in the route table.' }) as z.ZodType<AppPath>,
    })
    .strict(),
  'reminders:didFire': z.object({ kind: z.enum(REMINDER_KINDS) }).strict(),
} satisfies { [E in EventChannel]: z.ZodType<EventPayloads[E]> };
