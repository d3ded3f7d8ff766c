/**
 * Builds main's services and its IPC dispatcher from a Platform and a data folder. The Electron entry point
 * and the end-to-end rig both call this, so tests run the same services the app does.
 */
import { createHandlers, type MainServices } from './ipc/handlers/createHandlers';
import { createIpcDispatcher, type IpcDispatcher } from './ipc/ipcDispatcher';
import type { Platform } from './platform/Platform';
import { RememberedKeyStore } from './services/rememberedKeyStore';
import { SettingsStore } from './services/settingsStore';

export interface MainRuntime {
  services: MainServices;
  dispatcher: IpcDispatcher;
}

export interface MainRuntimeOptions {
  platform: Platform;
  dataDir: string;
  trustedOrigin: string;
  onInternalError?: (channel: string, error: unknown) => void;
}

export function createMainRuntime(options: MainRuntimeOptions): MainRuntime {
  const services: MainServices = {
    platform: options.platform,
    settings: new SettingsStore(options.dataDir),
    rememberedKeys: new RememberedKeyStore(options.platform, options.dataDir),
  };
  const dispatcher = createIpcDispatcher({
    handlers: createHandlers(services),
    trustedOrigin: options.trustedOrigin,
    onInternalError: options.onInternalError,
  });
  return { services, dispatcher };
}
