/**
 * Opening a link in the person's browser: the one way anything leaves Hearth for the network, so it takes two
 * gates: only plain https addresses, and only after the person says yes in a native dialog that shows the
 * address. Both roads to the browser come through here: the page's `links:openExternal` request (`open`) and
 * a link with `target="_blank"` that main caught as a new window (`offer`).
 *
 * Knows nothing of IPC: a refused address is a `RefusedLinkError`, which the links handler maps to its code.
 */
import type { OpenExternalOutcome } from '@shared/ipc/contract';
import { isAllowedExternalUrl } from '@shared/security/externalLinks';
import type { Platform } from '../platform/Platform';

/** The address is not one Hearth opens (not plain https). The message is safe to show the person. */
export class RefusedLinkError extends Error {
  constructor() {
    super('Hearth only opens secure web addresses (https) in your browser.');
    this.name = 'RefusedLinkError';
  }
}

interface ExternalLinkServiceOptions {
  /** Told when an offered link failed (a refused address, a dialog that failed); never with the address. */
  onOfferFailed?: (error: unknown) => void;
}

export class ExternalLinkService {
  readonly #platform: Platform;
  readonly #onOfferFailed: (error: unknown) => void;
  #isOffering = false;

  constructor(platform: Platform, options: ExternalLinkServiceOptions = {}) {
    this.#platform = platform;
    this.#onOfferFailed = options.onOfferFailed ?? (() => {});
  }

  /** Asks the person, then opens the address in their browser if they agree. Throws `RefusedLinkError`. */
  async open(url: string): Promise<OpenExternalOutcome> {
    if (!isAllowedExternalUrl(url)) throw new RefusedLinkError();
    const host = new URL(url).hostname;
    const confirmed = await this.#platform.dialogs.confirm({
      title: 'Open in your browser?',
      message: `Open ${host} in your web browser?`,
      detail: `${url}\n\nHearth itself never goes online. Your browser will load this page.`,
      confirmLabel: 'Open in browser',
      cancelLabel: 'Stay in Hearth',
    });
    if (!confirmed) return 'declined';
    await this.#platform.shell.openExternal(url);
    return 'opened';
  }

  /**
   * For a page that asked for a new window to an address: the same question as `open`, one at a time. While
   * a dialog is up, further offers are dropped, so a page cannot stack dialogs. Never throws.
   */
  offer(url: string): void {
    if (this.#isOffering) return;
    this.#isOffering = true;
    this.open(url)
      .catch(this.#onOfferFailed)
      .finally(() => {
        this.#isOffering = false;
      });
  }
}
