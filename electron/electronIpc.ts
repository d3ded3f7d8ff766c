/**
 * Joins Electron's IPC to the dispatcher: one `ipcMain.handle` per channel in the shared list, each handing
 * the sender's address, the channel and the raw input to `dispatcher.dispatch`, which checks all three.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';
import type { IpcDispatcher } from './ipc/ipcDispatcher';

export function registerIpcHandlers(dispatcher: IpcDispatcher): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => dispatcher.dispatch(topFrameUrl(event), channel, input));
  }
}

/**
 * The caller's address, only when the caller is a page's top frame. A frame inside the page (the CSP allows
 * none) gets no address, so the dispatcher refuses it as a foreign sender.
 */
function topFrameUrl(event: IpcMainInvokeEvent): string | undefined {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return undefined;
  return frame.url;
}
