/**
 * The rig's stand-in for the preload, bundled to one script and added to every page before the app runs.
 *
 * It builds `window.hearth` with the same `buildBridge` the real preload uses; calls travel through a
 * Playwright binding to the real main-process dispatcher in the test's Node process, which sees the calling
 * frame's URL exactly as Electron's `senderFrame.url`. It also reports CSP violations to the test.
 */
import { buildBridge } from '../../../shared/ipc/buildBridge';
import { BRIDGE_GLOBAL } from '../../../shared/ipc/bridgeTypes';
import type { EventChannel } from '../../../shared/ipc/channels';

type Listener = (payload: unknown) => void;

interface RigWindow {
  __hearthInvoke(channel: string, input: unknown): Promise<unknown>;
  __hearthReportCsp(report: { directive: string; blockedURI: string; sample: string }): void;
  __hearthDeliver?: (event: EventChannel, payload: unknown) => void;
}

const rig = globalThis as unknown as RigWindow & Record<string, unknown>;
const listeners = new Map<EventChannel, Set<Listener>>();

rig.__hearthDeliver = (event, payload) => {
  // A structured clone, as Electron's IPC would give the page.
  listeners.get(event)?.forEach((listener) => listener(structuredClone(payload)));
};

const bridge = buildBridge(
  (channel, input) => rig.__hearthInvoke(channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  },
);
Object.defineProperty(globalThis, BRIDGE_GLOBAL, { value: bridge, writable: false, configurable: false });

document.addEventListener('securitypolicyviolation', (event) => {
  rig.__hearthReportCsp({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
  });
});
