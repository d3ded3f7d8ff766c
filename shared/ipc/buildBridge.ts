/**
 * Builds the bridge object from the channel list. Used by the real preload (over ipcRenderer) and by the
 * end-to-end rig (over a Playwright binding), so both expose exactly the same methods.
 *
 * No logic beyond routing: validation happens in main, where it cannot be bypassed.
 */
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';
import type { HearthBridge } from './bridgeTypes';

type RawInvoke = (channel: InvokeChannel, input: unknown) => Promise<unknown>;
type RawSubscribe = (event: EventChannel, listener: (payload: unknown) => void) => () => void;

export function buildBridge(invoke: RawInvoke, subscribe: RawSubscribe): HearthBridge {
  const domains: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of INVOKE_CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string];
    domains[domain] ??= {};
    domains[domain][verb] = (input: unknown) => invoke(channel, input);
  }
  const on = (event: EventChannel, listener: (payload: unknown) => void) => {
    if (!(EVENT_CHANNELS as readonly string[]).includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return subscribe(event, listener);
  };
  return Object.freeze({ ...domains, on }) as unknown as HearthBridge;
}
