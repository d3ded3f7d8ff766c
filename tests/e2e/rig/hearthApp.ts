/**
 * One running Hearth, as the end-to-end tests see it: the built renderer in Debian's Chromium with its own
 * profile, joined to the real main-process services (on a RecordingPlatform) in this Node process.
 *
 * It records what must never happen (requests leaving the app, CSP violations, uncaught page errors) so the
 * fixture can fail any test in which they do.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createMainRuntime, startBackgroundServices, type MainRuntime } from '../../../electron/mainServices';
import { ManualClock } from '../../../electron/platform/manualClock';
import { RecordingPlatform } from '../../../electron/platform/recordingPlatform';
import { killBrowserOfProfile } from './killBrowser';
import { applyMainPermissions } from './permissions';
import { startAppServer, type AppServer } from './appServer';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { ChromiumPdfPrinter } from './chromiumPrinter';
import { PAGE_BRIDGE_BUNDLE, RENDERER_DIR } from './paths';

export interface CspViolation {
  page: string;
  directive: string;
  blockedURI: string;
  sample: string;
}

export interface LaunchOptions {
  /** A folder for this app's profile and data; created if missing. */
  baseDir: string;
  colorScheme?: 'light' | 'dark';
  /** Runs before the page loads, e.g. to install a fake clock. */
  beforeLoad?: (page: Page) => Promise<void>;
  /** What the operating system's keychain is like (default: really protected). */
  keychainBackend?: 'os' | 'basic_text' | 'unavailable';
  /** Main's time under the test's control (`app.mainClock`), starting here; default: the system's clock. */
  mainClock?: { startAt: number; timeZone: string };
  /** False to stand for a system that shows no notifications. */
  notificationsSupported?: boolean;
}

export class HearthApp {
  readonly profileDir: string;
  readonly dataDir: string;
  readonly externalRequests: string[] = [];
  readonly cspViolations: CspViolation[] = [];
  readonly pageErrors: string[] = [];
  /** Main's PDF printer: real Chromium printing, script-free, every request refused and recorded. */
  readonly printer = new ChromiumPdfPrinter();
  /** What main's handlers threw that the page only saw as INTERNAL (for a benchmark or test to say why). */
  readonly internalErrors: string[] = [];
  #options: LaunchOptions;
  #server: AppServer | undefined;
  #context: BrowserContext | undefined;
  #page: Page | undefined;
  #runtime: MainRuntime | undefined;
  #platform: RecordingPlatform | undefined;
  /** Other local origins a test serves on purpose (a stand-in for a foreign site); never the internet. */
  #testOrigins = new Set<string>();
  #onReopened: (() => void) | undefined;
  #mainClock: ManualClock | undefined;

  constructor(options: LaunchOptions) {
    this.#options = options;
    this.profileDir = join(options.baseDir, 'chromium-profile');
    this.dataDir = join(options.baseDir, 'main-data');
  }

  get page(): Page {
    return required(this.#page, 'page');
  }
  get context(): BrowserContext {
    return required(this.#context, 'context');
  }
  get platform(): RecordingPlatform {
    return required(this.#platform, 'platform');
  }
  /** Main's clock, when the app was launched with `mainClock`: advance it like `page.clock`. */
  get mainClock(): ManualClock {
    return required(this.#mainClock, 'main clock (launch with mainClock)');
  }
  get runtime(): MainRuntime {
    return required(this.#runtime, 'runtime');
  }
  get origin(): string {
    return required(this.#server, 'server').origin;
  }

  async launch(): Promise<this> {
    await mkdir(this.dataDir, { recursive: true });
    this.#server = await startAppServer(RENDERER_DIR, this.#server?.port ?? 0);
    // The keychain's key survives a restart, as the operating system's would.
    const keychainKey = this.#platform?.keychainKey;
    // Main's clock, like the keychain, carries on across a restart.
    const clockStart = this.#options.mainClock;
    this.#mainClock ??= clockStart ? new ManualClock(clockStart) : undefined;
    this.#platform = new RecordingPlatform({
      keychainBackend: this.#options.keychainBackend,
      clock: this.#mainClock,
      notificationsSupported: this.#options.notificationsSupported,
      printer: this.printer,
    });
    if (keychainKey) this.#platform.keychainKey = keychainKey;
    this.#runtime = createMainRuntime({
      platform: this.#platform,
      dataDir: this.dataDir,
      trustedOrigin: this.origin,
      onInternalError: (channel, error) => void this.internalErrors.push(`${channel}: ${String(error)}`),
    });
    this.#context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
      colorScheme: this.#options.colorScheme ?? 'light',
      viewport: { width: 1200, height: 800 },
      serviceWorkers: 'block',
    });
    await this.#joinMainProcess(this.#context);
    await applyMainPermissions(this.#context, this.origin);
    this.#page = this.#context.pages()[0] ?? (await this.#context.newPage());
    this.#watch(this.#page);
    await this.#options.beforeLoad?.(this.#page);
    startBackgroundServices(this.runtime, () => void this.quit());
    await this.#page.goto(`${this.origin}/index.html`);
    await this.#page.getByRole('heading', { level: 1 }).first().waitFor();
    return this;
  }

  /** Quits and relaunches on the same profile, data folder and port, as a person reopening the app. */
  async restart(): Promise<void> {
    await this.quit();
    await this.launch();
  }

  /** Kills the browser with SIGKILL (a crash, a power cut), then relaunches as a person reopening the app. */
  async crash(): Promise<void> {
    if (killBrowserOfProfile(this.profileDir) === 0) throw new Error('No browser process of this profile was found to kill.');
    await this.#context?.close().catch(() => undefined);
    await this.#server?.close();
    this.#context = undefined;
    this.#page = undefined;
    await this.launch();
  }

  async quit(): Promise<void> {
    await this.printer.close();
    this.#runtime?.services.reminders.stop();
    await this.#context?.close();
    await this.#server?.close();
    this.#context = undefined;
    this.#page = undefined;
  }

  /**
   * Crashes the page's renderer for real (Chromium's own crash, through the DevTools protocol). The rig tells
   * main as Electron's 'render-process-gone' would, and resolves once main's answer (a fresh page, or the
   * stopped page) has loaded.
   */
  async crashPage(): Promise<void> {
    const reopened = new Promise<void>((resolve) => (this.#onReopened = resolve));
    const session = await this.context.newCDPSession(this.page);
    // The session's own answer never comes: the page is gone before it can reply.
    void session.send('Page.crash').catch(() => undefined);
    await reopened;
  }

  /** Lets the browser reach another local origin the test itself serves (a stand-in for a foreign site). */
  allowTestOrigin(origin: string): void {
    this.#testOrigins.add(origin);
  }

  /**
   * Waits until the page has reported the CSP violations it raised (reports arrive asynchronously), then
   * hands them back and forgets them: for tests that provoke one on purpose.
   */
  async takeCspViolations(until: (violations: CspViolation[]) => boolean): Promise<CspViolation[]> {
    await expectEventually(() => until(this.cspViolations));
    // One more round trip through the page, so a duplicate report still in flight arrives before we take.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    return this.cspViolations.splice(0);
  }

  /** Hands back the blocked outside requests seen so far and forgets them. */
  takeExternalRequests(): string[] {
    return this.externalRequests.splice(0);
  }

  async #joinMainProcess(context: BrowserContext): Promise<void> {
    const runtime = this.runtime;
    await context.exposeBinding('__hearthInvoke', (source, channel: unknown, input: unknown) =>
      runtime.dispatcher.dispatch(source.frame.url(), channel, input),
    );
    await context.exposeBinding('__hearthReportCsp', (source, report: Omit<CspViolation, 'page'>) => {
      this.cspViolations.push({ page: source.frame.url(), ...report });
    });
    await context.addInitScript({ content: await readFile(PAGE_BRIDGE_BUNDLE, 'utf8') });
    this.platform.connectPage((event, payload) => {
      void this.#page
        ?.evaluate(([name, body]) => (window as unknown as { __hearthDeliver(e: string, p: unknown): void }).__hearthDeliver(name, body), [event, payload] as const)
        .catch(() => undefined);
    });
    // What main's window does when told to reload or give up: a crashed tab cannot be navigated, so the
    // window's page is replaced by a new one in the same profile, as Electron gives the window a new renderer.
    this.platform.connectWindow({
      reload: () => void this.#replacePage('index.html'),
      showStoppedPage: () => void this.#replacePage('stopped.html'),
    });
    // The request blocker: like the app's webRequest filter, cancel anything not on the app's own origin.
    await context.route(
      (url) =>
        !url.href.startsWith(`${this.origin}/`) &&
        !this.#testOrigins.has(url.origin) &&
        url.protocol !== 'data:' &&
        url.protocol !== 'blob:',
      (route) => {
        this.externalRequests.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
  }

  async #replacePage(file: string): Promise<void> {
    const old = this.#page;
    const page = await this.context.newPage();
    this.#page = page;
    this.#watch(page);
    await old?.close();
    await page.goto(`${this.origin}/${file}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    this.#onReopened?.();
  }

  #watch(page: Page): void {
    // The renderer died: tell main, as Electron's 'render-process-gone' does.
    page.on('crash', () => this.platform.simulate.pageGone('crashed'));
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        this.cspViolations.push({ page: page.url(), directive: 'console', blockedURI: '', sample: message.text() });
      }
    });
  }
}

async function expectEventually(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the page to report.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`The app is not running (no ${name}).`);
  return value;
}
