/**
 * The shape of `window.hearth`: one method per channel, grouped by domain (`hearth.settings.update(...)`),
 * plus `on` for events from main. Derived from the channel list so the preload is checked against it.
 */
import type { EventChannel, InvokeChannel } from './channels';
import type { ChannelInput, ChannelOutput, EventPayloads } from './contract';
import type { IpcResult } from './result';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;

type BridgeMethod<C extends InvokeChannel> = (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

export type BridgeInvokers = {
  [D in DomainOf<InvokeChannel>]: {
    [C in InvokeChannel as C extends `${D}:${infer Verb}` ? Verb : never]: BridgeMethod<C>;
  };
};

interface BridgeEvents {
  /** Listens for an event from main; returns a function that stops listening. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

export type HearthBridge = BridgeInvokers & BridgeEvents;

/** The global name the bridge is exposed under. */
export const BRIDGE_GLOBAL = 'hearth';
