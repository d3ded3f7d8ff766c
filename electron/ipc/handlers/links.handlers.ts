import { isAllowedExternalUrl } from '@shared/security/externalLinks';
import type { Platform } from '../../platform/Platform';
import { ExpectedError } from '../ExpectedError';
import type { Handlers } from '../ipcDispatcher';

/**
 * Opening a link is the one way anything leaves Hearth for the network, so it takes two gates: only plain
 * https addresses, and only after the person says yes in a native dialog that shows the address.
 */
export function linksHandlers(platform: Platform): Pick<Handlers, 'links:openExternal'> {
  return {
    'links:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new ExpectedError('NOT_ALLOWED', 'Hearth only opens secure web addresses (https) in your browser.');
      }
      const host = new URL(url).hostname;
      const confirmed = await platform.dialogs.confirm({
        title: 'Open in your browser?',
        message: `Open ${host} in your web browser?`,
        detail: `${url}\n\nHearth itself never goes online. Your browser will load this page.`,
        confirmLabel: 'Open in browser',
        cancelLabel: 'Stay in Hearth',
      });
      if (!confirmed) return 'declined';
      await platform.shell.openExternal(url);
      return 'opened';
    },
  };
}
