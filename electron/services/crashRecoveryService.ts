/**
 * When the page's renderer process dies, main reopens the app in the same window. The keys lived only in that
 * page, so the new page starts at the lock screen; it asks `window:lastExit` once and can say, calmly, that
 * Hearth closed and was reopened. Everything saved was sealed on disk before, so nothing is lost but the
 * unlock.
 *
 * A page that keeps dying is not reloaded for ever: after `maxReloads` reloads within `withinMs`, the next
 * death shows a plain stopped page (no script) instead, and the person can quit and reopen Hearth.
 *
 * A page that stops responding is not reloaded on its own (it may be busy and about to come back, with a
 * draft not yet sealed): the person is asked, once per hang, whether to wait or reopen Hearth.
 *
 * Plain code over the Platform: the Electron window reports and obeys (electronWindow.ts); the rules are here.
 */
import type { LastExit } from '@shared/ipc/contract';
import type { Platform } from '../platform/Platform';

interface CrashRecoveryOptions {
  /** How many reloads are allowed within `withinMs` before Hearth stops reloading (default 3 in a minute). */
  maxReloads?: number;
  withinMs?: number;
}

export class CrashRecoveryService {
  readonly #platform: Platform;
  readonly #maxReloads: number;
  readonly #withinMs: number;
  /** When each recent reload happened, oldest first. */
  #reloads: number[] = [];
  #pageMustBeTold = false;
  #isAskingAboutHang = false;

  constructor(platform: Platform, options: CrashRecoveryOptions = {}) {
    this.#platform = platform;
    this.#maxReloads = options.maxReloads ?? 3;
    this.#withinMs = options.withinMs ?? 60_000;
  }

  /** Starts watching the window's page. Call once, after the app is ready. */
  start(): void {
    this.#platform.window.onPageGone(() => this.#reopen());
    this.#platform.window.onPageUnresponsive(() => void this.#askAboutHang());
  }

  /** How the page's last run ended; `crashed` once after each reopening, then `normal`. */
  takeLastExit(): LastExit {
    const answer: LastExit = this.#pageMustBeTold ? 'crashed' : 'normal';
    this.#pageMustBeTold = false;
    return answer;
  }

  #reopen(): void {
    const now = this.#platform.clock.now();
    this.#reloads = this.#reloads.filter((at) => now - at < this.#withinMs);
    if (this.#reloads.length >= this.#maxReloads) {
      this.#pageMustBeTold = false;
      this.#platform.window.showStoppedPage();
      return;
    }
    this.#reloads.push(now);
    this.#pageMustBeTold = true;
    this.#platform.window.reload();
  }

  async #askAboutHang(): Promise<void> {
    if (this.#isAskingAboutHang) return;
    this.#isAskingAboutHang = true;
    try {
      const reopen = await this.#platform.dialogs.confirm({
        title: 'Hearth is not responding',
        message: 'Hearth is taking longer than it should.',
        detail: 'You can wait a little longer, or reopen Hearth. Everything you saved is safe; after reopening, unlock to carry on.',
        confirmLabel: 'Reopen Hearth',
        cancelLabel: 'Wait',
      });
      if (reopen) this.#reopen();
    } finally {
      this.#isAskingAboutHang = false;
    }
  }
}
