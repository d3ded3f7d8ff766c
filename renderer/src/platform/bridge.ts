/**
 * The one module in the page that reads `window.hearth`, the bridge the preload exposes.
 *
 * It turns the IPC envelope into a value or a thrown `BridgeError`, so features see plain async functions.
 * Nothing else in renderer/ may touch `window.hearth` (lint forbids it).
 */
import type { EventChannel, InvokeChannel } from '@shared/ipc/channels';
import type { ChannelInput, ChannelOutput, EventPayloads } from '@shared/ipc/contract';
import { BRIDGE_GLOBAL, type HearthBridge } from '@shared/ipc/bridgeTypes';
import type { IpcError, IpcResult } from '@shared/ipc/result';

export class BridgeError extends Error {
  readonly code: IpcError['code'];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
  }
}

function bridge(): HearthBridge {
  const found = (globalThis as unknown as Record<string, HearthBridge | undefined>)[BRIDGE_GLOBAL];
  if (!found) throw new Error('Hearth must run inside its desktop app: the bridge to the main process is missing.');
  return found;
}

/** True when the page runs inside the app (or the test rig), with the bridge present. */
export function hasBridge(): boolean {
  return (globalThis as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] !== undefined;
}

/** Calls a main-process channel; resolves with its value or rejects with a BridgeError. */
export async function callMain<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const [domain, verb] = channel.split(':') as [string, string];
  const group = (bridge() as unknown as Record<string, Record<string, (i: unknown) => Promise<IpcResult<unknown>>>>)[domain];
  const method = group?.[verb];
  if (!method) throw new BridgeError({ code: 'UNKNOWN_CHANNEL', message: `No such channel: ${channel}` });
  const result = await method(input);
  if (!result.ok) throw new BridgeError(result.error);
  return result.value as ChannelOutput<C>;
}

/** Listens for an event from main; returns a function that stops listening. */
export function onMainEvent<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return bridge().on(event, listener);
}
