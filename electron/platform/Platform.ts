/**
 * Everything the main process asks of the operating system, through Electron, in one small interface.
 *
 * Services in electron/ take a Platform and are plain Node code; `electronPlatform.ts` implements it over
 * Electron and `recordingPlatform.ts` implements it for tests, keeping what was shown, asked and written.
 * Nothing that passes through here may carry what a person wrote (titles and menu labels are ours).
 */
import type { EventChannel } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';

/** One line of the tray menu: an item the person can pick, or a separator between groups. */
export type TrayMenuItem = TrayMenuAction | TrayMenuSeparator;

interface TrayMenuAction {
  kind: 'action';
  id: string;
  label: string;
  enabled?: boolean;
  checked?: boolean;
}

interface TrayMenuSeparator {
  kind: 'separator';
}

export interface ConfirmRequest {
  title: string;
  message: string;
  detail?: string;
  confirmLabel: string;
  cancelLabel: string;
}

export interface NotificationRequest {
  title: string;
  body: string;
  /** Buttons on the notification where the system offers them (macOS); the tray offers the same. */
  actions?: { id: string; label: string }[];
}

/** The tray icon's state; the platform picks the light or dark drawing for the system's theme itself. */
export type TrayIconState = 'idle' | 'waiting';

export type KeychainBackend = 'os' | 'basic_text' | 'unavailable';

interface PowerEvents {
  onSuspend(listener: () => void): void;
  onResume(listener: () => void): void;
  onLockScreen(listener: () => void): void;
}

export interface Platform {
  window: {
    /** Brings the app's window to the front, creating it if it was closed to the tray. */
    show(): void;
    /** Sends an event to the app's page. */
    send<E extends EventChannel>(event: E, payload: EventPayloads[E]): void;
    /** Loads the app's page afresh in the window (a new page starts locked: the keys lived in the old one). */
    reload(): void;
    /** Replaces the page with a plain, script-free page saying Hearth stopped; for when reloading keeps failing. */
    showStoppedPage(): void;
    /** Called when the page's renderer process dies (crashed, killed, out of memory), unless the app is quitting. */
    onPageGone(listener: (reason: string) => void): void;
    /** Called when the page stops responding (its renderer is busy or hung for several seconds). */
    onPageUnresponsive(listener: () => void): void;
    /** Called when the person closes the window and Hearth hides it, staying in the tray. */
    onHiddenToTray(listener: () => void): void;
  };
  tray: {
    setMenu(items: TrayMenuItem[], onClick: (id: string) => void): void;
    setTooltip(text: string): void;
    setIcon(state: TrayIconState): void;
  };
  notifications: {
    /** False where the system shows no notifications (some Linux desktops); reminders then use the page and tray. */
    isSupported(): boolean;
    show(request: NotificationRequest, onClick: () => void, onAction?: (actionId: string) => void): void;
  };
  keychain: {
    backend(): KeychainBackend;
    encrypt(plain: string): Buffer;
    decrypt(sealed: Buffer): string;
  };
  dialogs: {
    /** Asks a yes/no question in a native dialog; resolves true when the person confirms. */
    confirm(request: ConfirmRequest): Promise<boolean>;
    /** Asks where to save a file; resolves with the chosen path, or null when the person cancels. */
    chooseSavePath(request: { title: string; suggestedName: string }): Promise<string | null>;
    /** Asks which file to open (backups: restore); resolves with its path, or null when the person cancels. */
    chooseOpenPath(request: { title: string; filterName: string; extensions: string[] }): Promise<string | null>;
    /** Asks for a folder (where backups go); resolves with its path, or null when the person cancels. */
    chooseFolder(request: { title: string }): Promise<string | null>;
  };
  power: PowerEvents;
  printer: {
    /** Renders self-contained HTML to PDF with JavaScript off. */
    printToPdf(html: string): Promise<Buffer>;
  };
  shell: {
    /** Opens an already-vetted https address in the system browser. */
    openExternal(url: string): Promise<void>;
  };
  app: {
    name(): string;
    version(): string;
    isPackaged(): boolean;
    platform(): NodeJS.Platform;
    /** Starts Hearth when the person logs in, or stops doing so (login item; an autostart entry on Linux). */
    setOpenAtLogin(isOn: boolean): void;
  };
  clock: PlatformClock;
}

/**
 * Main's time: reminders need to tell time passing (monotonic) from the wall clock being changed or the
 * computer sleeping (wall time alone moves), and to notice the time zone changing. Tests use a ManualClock.
 */
export interface PlatformClock {
  /** Wall-clock time, ms since the epoch. */
  now(): number;
  /** A reading that only moves forward with time passing awake; differences between readings matter. */
  monotonic(): number;
  /** The system's IANA time zone now, such as `Europe/London`. */
  timeZone(): string;
  /** Runs `run` once after `delayMs` of monotonic time; returns a function that cancels it. */
  setTimer(delayMs: number, run: () => void): () => void;
}
