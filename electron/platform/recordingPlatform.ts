/**
 * A Platform for tests: it keeps what main showed, asked and wrote, and lets a test answer dialogs, fire
 * power events, click tray items and crash the page, in place of the operating system.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EventChannel } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';
import type {
  ConfirmRequest,
  KeychainBackend,
  NotificationRequest,
  Platform,
  PlatformClock,
  TrayIconState,
  TrayMenuItem,
} from './Platform';
import type { ManualClock } from './manualClock';
import { systemClock } from './systemClock';

interface SentEvent {
  event: EventChannel;
  payload: unknown;
}

interface WindowControls {
  reload(): void;
  showStoppedPage(): void;
}

interface RecordingPlatformOptions {
  keychainBackend?: KeychainBackend;
  now?: () => number;
  appVersion?: string;
  /** A real printer to use in place of the recorded stand-in (the e2e rig's Chromium printer). */
  printer?: Platform['printer'];
  /** Main's time under the test's control (see ManualClock); without it, the system's clock. */
  clock?: ManualClock;
  /** False to stand for a system that shows no notifications. */
  notificationsSupported?: boolean;
}

export class RecordingPlatform implements Platform {
  readonly sentEvents: SentEvent[] = [];
  readonly shownNotifications: NotificationRequest[] = [];
  readonly confirmRequests: ConfirmRequest[] = [];
  readonly openedExternal: string[] = [];
  readonly printedHtml: string[] = [];
  windowShownCount = 0;
  /** How often main loaded the page afresh, and whether it gave up and showed the stopped page. */
  reloadCount = 0;
  stoppedPageShown = false;
  trayMenu: TrayMenuItem[] = [];
  trayTooltip = '';
  trayIcon: TrayIconState = 'idle';
  /** Whether main last asked the system to start Hearth at login (undefined: never asked). */
  openAtLogin: boolean | undefined;
  /** What the next confirm dialogs answer, in order; when empty the person cancels. */
  readonly confirmAnswers: boolean[] = [];
  /** What the next save dialogs answer, in order; when empty the person cancels. */
  readonly savePathAnswers: (string | null)[] = [];
  readonly saveRequests: { title: string; suggestedName: string }[] = [];
  /** What the next open-file and folder dialogs answer, in order; when empty the person cancels. */
  readonly openPathAnswers: (string | null)[] = [];
  readonly folderAnswers: (string | null)[] = [];
  readonly openRequests: { title: string; filterName: string; extensions: string[] }[] = [];

  #listeners: { suspend: (() => void)[]; resume: (() => void)[]; lockScreen: (() => void)[]; unresponsive: (() => void)[]; hiddenToTray: (() => void)[] } = {
    hiddenToTray: [],
    suspend: [],
    resume: [],
    lockScreen: [],
    unresponsive: [],
  };
  #pageGoneListeners: ((reason: string) => void)[] = [];
  #windowControls: WindowControls | undefined;
  #trayClick: (id: string) => void = () => {};
  #notificationClicks: (() => void)[] = [];
  #notificationActions: ((actionId: string) => void)[] = [];
  #eventSink: ((event: EventChannel, payload: unknown) => void) | undefined;
  #options: RecordingPlatformOptions;

  constructor(options: RecordingPlatformOptions = {}) {
    this.#options = options;
  }

  /** Where events for the page go (the rig forwards them into the browser). */
  connectPage(sink: (event: EventChannel, payload: unknown) => void): void {
    this.#eventSink = sink;
  }

  /** What reloading and the stopped page do to a real page (the rig drives its browser with these). */
  connectWindow(controls: WindowControls): void {
    this.#windowControls = controls;
  }

  window = {
    show: () => {
      this.windowShownCount += 1;
    },
    send: <E extends EventChannel>(event: E, payload: EventPayloads[E]) => {
      this.sentEvents.push({ event, payload });
      this.#eventSink?.(event, payload);
    },
    reload: () => {
      this.reloadCount += 1;
      this.#windowControls?.reload();
    },
    showStoppedPage: () => {
      this.stoppedPageShown = true;
      this.#windowControls?.showStoppedPage();
    },
    onPageGone: (listener: (reason: string) => void) => void this.#pageGoneListeners.push(listener),
    onPageUnresponsive: (listener: () => void) => void this.#listeners.unresponsive.push(listener),
    onHiddenToTray: (listener: () => void) => void this.#listeners.hiddenToTray.push(listener),
  };

  tray = {
    setMenu: (items: TrayMenuItem[], onClick: (id: string) => void) => {
      this.trayMenu = items.map((item) => ({ ...item }));
      this.#trayClick = onClick;
    },
    setTooltip: (text: string) => {
      this.trayTooltip = text;
    },
    setIcon: (state: TrayIconState) => {
      this.trayIcon = state;
    },
  };

  notifications = {
    isSupported: () => this.#options.notificationsSupported ?? true,
    show: (request: NotificationRequest, onClick: () => void, onAction?: (actionId: string) => void) => {
      this.shownNotifications.push({ ...request });
      this.#notificationClicks.push(onClick);
      this.#notificationActions.push(onAction ?? (() => {}));
    },
  };

  /** Set to simulate a keychain that can no longer unseal (a moved profile, a changed keyring). */
  keychainKey: Buffer = randomBytes(32);

  // Real encryption with a key held only in this process, like the OS keychain, so tests that scan the disk
  // for secrets are honest about what a keychain-sealed value looks like.
  keychain = {
    backend: (): KeychainBackend => this.#options.keychainBackend ?? 'os',
    encrypt: (plain: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', this.keychainKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: (sealed: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', this.keychainKey, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };

  dialogs = {
    confirm: async (request: ConfirmRequest) => {
      this.confirmRequests.push({ ...request });
      return this.confirmAnswers.shift() ?? false;
    },
    chooseSavePath: async (request: { title: string; suggestedName: string }) => {
      this.saveRequests.push({ ...request });
      return this.savePathAnswers.shift() ?? null;
    },
    chooseOpenPath: async (request: { title: string; filterName: string; extensions: string[] }) => {
      this.openRequests.push({ ...request, extensions: [...request.extensions] });
      return this.openPathAnswers.shift() ?? null;
    },
    chooseFolder: async (_request: { title: string }) => this.folderAnswers.shift() ?? null,
  };

  power = {
    onSuspend: (listener: () => void) => void this.#listeners.suspend.push(listener),
    onResume: (listener: () => void) => void this.#listeners.resume.push(listener),
    onLockScreen: (listener: () => void) => void this.#listeners.lockScreen.push(listener),
  };

  printer = {
    printToPdf: async (html: string) => {
      this.printedHtml.push(html);
      if (this.#options.printer) return this.#options.printer.printToPdf(html);
      return Buffer.from('%PDF-1.4\n% recorded by RecordingPlatform\n');
    },
  };

  shell = {
    openExternal: async (url: string) => {
      this.openedExternal.push(url);
    },
  };

  app = {
    name: () => 'Hearth',
    version: () => this.#options.appVersion ?? '0.0.0-test',
    isPackaged: () => false,
    setOpenAtLogin: (isOn: boolean) => {
      this.openAtLogin = isOn;
    },
    platform: (): NodeJS.Platform => 'linux',
  };

  clock: PlatformClock = {
    now: () => (this.#options.now ? this.#options.now() : (this.#options.clock ?? systemClock).now()),
    monotonic: () => (this.#options.clock ?? systemClock).monotonic(),
    timeZone: () => (this.#options.clock ?? systemClock).timeZone(),
    setTimer: (delayMs: number, run: () => void) => (this.#options.clock ?? systemClock).setTimer(delayMs, run),
  };

  /** Test controls: what the operating system would do. */
  simulate = {
    suspend: () => this.#listeners.suspend.forEach((listener) => listener()),
    resume: () => this.#listeners.resume.forEach((listener) => listener()),
    lockScreen: () => this.#listeners.lockScreen.forEach((listener) => listener()),
    clickTrayItem: (id: string) => this.#trayClick(id),
    clickNotification: (index: number) => this.#notificationClicks[index]?.(),
    pickNotificationAction: (index: number, actionId: string) => this.#notificationActions[index]?.(actionId),
    closeWindowToTray: () => this.#listeners.hiddenToTray.forEach((listener) => listener()),
    /**
     * The computer sleeps for `ms`: main hears 'suspend', the wall clock moves on while the monotonic clock
     * stands still (as on Linux and macOS), then main hears 'resume'. Needs a ManualClock.
     */
    sleep: (ms: number) => {
      const clock = this.#options.clock;
      if (!clock) throw new Error('simulate.sleep needs a RecordingPlatform made with a ManualClock.');
      this.#listeners.suspend.forEach((listener) => listener());
      clock.jumpWall(ms);
      this.#listeners.resume.forEach((listener) => listener());
    },
    pageGone: (reason = 'crashed') => this.#pageGoneListeners.forEach((listener) => listener(reason)),
    pageUnresponsive: () => this.#listeners.unresponsive.forEach((listener) => listener()),
  };
}
