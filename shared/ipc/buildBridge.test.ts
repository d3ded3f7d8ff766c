import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from './channels';
import { buildBridge } from './buildBridge';
import { contract } from './contract';

describe('buildBridge', () => {
  it('exposes one method per channel, routed to that channel, and nothing else', async () => {
    const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
    const bridge = buildBridge(invoke, () => () => {}) as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>;
    const exposed: string[] = [];
    for (const [domain, methods] of Object.entries(bridge)) {
      if (typeof methods === 'function') continue;
      for (const verb of Object.keys(methods)) exposed.push(`${domain}:${verb}`);
    }
    expect(exposed.sort()).toEqual([...INVOKE_CHANNELS].sort());
    await bridge.settings!.update!({ theme: 'dark' });
    expect(invoke).toHaveBeenLastCalledWith('settings:update', { theme: 'dark' });
  });

  it('subscribes only to known events', () => {
    const subscribe = vi.fn(() => () => {});
    const bridge = buildBridge(async () => undefined, subscribe);
    bridge.on(EVENT_CHANNELS[0], () => {});
    expect(subscribe).toHaveBeenCalledWith(EVENT_CHANNELS[0], expect.any(Function));
    expect(() => bridge.on('fs:didDelete' as never, () => {})).toThrow(/Unknown event/);
  });

  it('is frozen, so the page cannot swap a method', () => {
    const bridge = buildBridge(async () => undefined, () => () => {});
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('matches the contract: every channel has an input schema', () => {
    expect(Object.keys(contract).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });
});
