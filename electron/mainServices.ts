/**
 * Builds main's services and its IPC dispatcher from a Platform and a data folder. The Electron entry point
 * and the end-to-end rig both call this, so tests run the same services the app does.
 */
import { createHandlers, type MainServices } from './ipc/handlers/createHandlers';
import { createIpcDispatcher, type IpcDispatcher } from './ipc/ipcDispatcher';
import type { Platform } from './platform/Platform';
import { CrashRecoveryService } from './services/crashRecoveryService';
import { ExternalLinkService } from './services/externalLinkService';
import { PdfExportService } from './services/pdfExportService';
import { startPowerLockService } from './services/powerLockService';
import { RememberedKeyStore } from './services/rememberedKeyStore';
import { startCloseToTrayNotice, startLoginItemSync } from './services/closeToTrayNotice';
import { ReminderScheduler } from './services/reminderScheduler';
import { TrayService } from './services/trayService';
import { SettingsStore } from './services/settingsStore';
import { BackupService } from './services/backupService';

export interface MainRuntime {
  services: MainServices;
  dispatcher: IpcDispatcher;
  onBackgroundError: (error: unknown) => void;
}

interface MainRuntimeOptions {
  platform: Platform;
  dataDir: string;
  trustedOrigin: string;
  onInternalError?: (channel: string, error: unknown) => void;
  /** Told when a link the page tried to open in a new window could not be offered (never with the address). */
  onLinkOfferFailed?: (error: unknown) => void;
  /** Told when reminders or the login item fail in the background (never with content). */
  onBackgroundError?: (error: unknown) => void;
}

export function createMainRuntime(options: MainRuntimeOptions): MainRuntime {
  const settings = new SettingsStore(options.dataDir);
  const services: MainServices = {
    platform: options.platform,
    settings,
    rememberedKeys: new RememberedKeyStore(options.platform, options.dataDir),
    links: new ExternalLinkService(options.platform, { onOfferFailed: options.onLinkOfferFailed }),
    crashRecovery: new CrashRecoveryService(options.platform),
    pdf: new PdfExportService(options.platform),
    backups: new BackupService(options.platform, options.dataDir),
    reminders: new ReminderScheduler({ platform: options.platform, settings, onError: options.onBackgroundError }),
  };
  const dispatcher = createIpcDispatcher({
    handlers: createHandlers(services),
    trustedOrigin: options.trustedOrigin,
    onInternalError: options.onInternalError,
  });
  return { services, dispatcher, onBackgroundError: options.onBackgroundError ?? (() => {}) };
}

/**
 * Starts what runs for the app's whole life: the tray, locking when the computer sleeps or its screen locks,
 * and reopening a page that crashed. Separate from construction so the window exists first.
 */
export function startBackgroundServices(runtime: MainRuntime, quit: () => void): void {
  const { platform, settings, reminders } = runtime.services;
  new TrayService({ platform, reminders, quit }).start();
  // Reminders fire whether the vault is locked or the window closed; a failure to start is reported, not fatal.
  reminders.start().catch((error: unknown) => runtime.onBackgroundError(error));
  startCloseToTrayNotice(platform, settings);
  startLoginItemSync(platform, settings, (error) => runtime.onBackgroundError(error));
  startPowerLockService(runtime.services.platform);
  runtime.services.crashRecovery.start();
}
