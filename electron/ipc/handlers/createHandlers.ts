/**
 * Merges each feature's handler map into the one `Handlers` object the dispatcher needs; the type checker
 * fails here if a channel in the contract has no handler.
 */
import type { Platform } from '../../platform/Platform';
import type { CrashRecoveryService } from '../../services/crashRecoveryService';
import type { ExternalLinkService } from '../../services/externalLinkService';
import type { PdfExportService } from '../../services/pdfExportService';
import type { RememberedKeyStore } from '../../services/rememberedKeyStore';
import type { ReminderScheduler } from '../../services/reminderScheduler';
import type { SettingsStore } from '../../services/settingsStore';
import type { BackupService } from '../../services/backupService';
import type { Handlers } from '../ipcDispatcher';
import { appHandlers } from './app.handlers';
import { filesHandlers } from './files.handlers';
import { keychainHandlers } from './keychain.handlers';
import { linksHandlers } from './links.handlers';
import { pdfHandlers } from './pdf.handlers';
import { remindersHandlers } from './reminders.handlers';
import { settingsHandlers } from './settings.handlers';
import { windowHandlers } from './window.handlers';
import { backupsHandlers } from './backups.handlers';
import { dataExportHandlers } from './dataExport.handlers';

export interface MainServices {
  platform: Platform;
  settings: SettingsStore;
  rememberedKeys: RememberedKeyStore;
  links: ExternalLinkService;
  crashRecovery: CrashRecoveryService;
  pdf: PdfExportService;
  backups: BackupService;
  reminders: ReminderScheduler;
}

export function createHandlers(services: MainServices): Handlers {
  return {
    ...appHandlers(services.platform),
    ...settingsHandlers(services.settings),
    ...linksHandlers(services.links),
    ...keychainHandlers(services.rememberedKeys),
    ...filesHandlers(services.platform),
    ...windowHandlers(services.crashRecovery),
    ...pdfHandlers(services.pdf),
    ...backupsHandlers(services.backups),
    ...dataExportHandlers(services.platform),
    ...remindersHandlers(services.reminders),
  };
}
