import { ExternalLinkService, RefusedLinkError } from '../../services/externalLinkService';
import { expectAs } from '../ExpectedError';
import type { Handlers } from '../ipcDispatcher';

/** The page's way to a link in the browser; the two gates (https only, ask first) live in the service. */
export function linksHandlers(links: ExternalLinkService): Pick<Handlers, 'links:openExternal'> {
  return {
    'links:openExternal': ({ url }) => links.open(url).catch(expectAs(RefusedLinkError, 'NOT_ALLOWED')),
  };
}
