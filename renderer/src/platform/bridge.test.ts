import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '@shared/ipc/bridgeTypes';
import { buildBridge } from '@shared/ipc/buildBridge';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';
import { ipcFail, ipcOk } from '@shared/ipc/result';
import { BridgeError, mainApi, onMainEvent } from './bridge';

const globals = globalThis as unknown as Record<string, unknown>;

/** Installs a bridge built the way the preload builds it, over a stand-in for main. */
function installBridge(answer: (channel: string, input: unknown) => unknown) {
  const invoke = vi.fn(async (channel: string, input: unknown) => answer(channel, input));
  const subscribe = vi.fn((_event: string, _listener: (payload: unknown) => void) => () => {});
  globals[BRIDGE_GLOBAL] = buildBridge(invoke, subscribe);
  return { invoke, subscribe };
}

afterEach(() => {
  delete globals[BRIDGE_GLOBAL];
});

describe('mainApi', () => {
  it('sends each call on its channel and resolves with the value main answered', async () => {
    const { invoke } = installBridge((channel) => ipcOk({ answeredOn: channel }));
    await expect(mainApi.settings.update({ theme: 'dark' })).resolves.toEqual({ answeredOn: 'settings:update' });
    expect(invoke).toHaveBeenLastCalledWith('settings:update', { theme: 'dark' });
  });

  it('sends an empty input for a channel that takes none', async () => {
    const { invoke } = installBridge(() => ipcOk('normal'));
    await expect(mainApi.window.lastExit()).resolves.toBe('normal');
    expect(invoke).toHaveBeenLastCalledWith('window:lastExit', {});
  });

  it('rejects with a BridgeError carrying main’s code and message', async () => {
    installBridge(() => ipcFail('NOT_ALLOWED', 'Hearth only opens secure web addresses (https) in your browser.'));
    const failure = mainApi.links.openExternal({ url: 'http://example.org/' });
    await expect(failure).rejects.toBeInstanceOf(BridgeError);
    await expect(failure).rejects.toMatchObject({ code: 'NOT_ALLOWED', message: expect.stringContaining('https') });
  });

  it('rejects, rather than throwing, when the page runs without the bridge', async () => {
    let call: Promise<unknown> | undefined;
    expect(() => (call = mainApi.app.getInfo())).not.toThrow();
    await expect(call).rejects.toThrow(/desktop app/);
  });

  it('reaches every channel in the contract, and nothing else', async () => {
    const { invoke } = installBridge(() => ipcOk(null));
    const api = mainApi as unknown as Record<string, Record<string, (input: object) => Promise<unknown>>>;
    const reachable = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}:${verb}`));
    expect(reachable.sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) {
      const [domain, verb] = channel.split(':') as [string, string];
      await api[domain]![verb]!({});
      expect(invoke).toHaveBeenLastCalledWith(channel, {});
    }
  });

  it('needs an input where the channel has fields', () => {
    installBridge(() => ipcOk(null));
    // @ts-expect-error settings.update takes the patch to apply.
    void mainApi.settings.update().catch(() => {});
  });
});

describe('onMainEvent', () => {
  it('listens through the bridge and hands back a way to stop', () => {
    const { subscribe } = installBridge(() => ipcOk(null));
    const stop = onMainEvent('session:didRequestLock', () => {});
    expect(subscribe).toHaveBeenCalledWith('session:didRequestLock', expect.any(Function));
    expect(stop).toEqual(expect.any(Function));
  });
});
