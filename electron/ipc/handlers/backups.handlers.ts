import { BackupReadError, BackupRefusedError, BackupWriteError, type BackupService } from '../../services/backupService';
import { expectAs } from '../ExpectedError';
import type { Handlers } from '../ipcDispatcher';

type BackupChannels = 'backups:status' | 'backups:write' | 'backups:read' | 'backups:openFile' | 'backups:chooseFolder' | 'backups:updatePolicy';

/**
 * Backups: main writes, reads back, lists and prunes the files; the page makes and checks their contents.
 * A refused or failed write and an unreadable file are told in the service's own words.
 */
export function backupsHandlers(backups: BackupService): Pick<Handlers, BackupChannels> {
  return {
    'backups:status': () => backups.status(),
    'backups:write': ({ text }) =>
      backups.write(text).catch(expectAs(BackupRefusedError, 'INVALID_INPUT')).catch(expectAs(BackupWriteError, 'FAILED')),
    'backups:read': ({ name }) => backups.read(name).catch(expectAs(BackupReadError, 'FAILED')),
    'backups:openFile': () => backups.openFile().catch(expectAs(BackupReadError, 'FAILED')),
    'backups:chooseFolder': () => backups.chooseFolder(),
    'backups:updatePolicy': (change) => backups.updatePolicy(change),
  };
}
