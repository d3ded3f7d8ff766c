/**
 * The preload: runs sandboxed with context isolation, before the page.
 *
 * It exposes exactly one object, `window.hearth`, built from the shared channel list: one method per IPC
 * channel plus `on` for events. No logic lives here; main validates every call's sender and input. Event
 * listeners receive the payload only, never Electron's event object (which would leak `sender`).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from '@shared/ipc/buildBridge';
import { BRIDGE_GLOBAL, type HearthBridge } from '@shared/ipc/bridgeTypes';

const bridge = buildBridge(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
) satisfies HearthBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
