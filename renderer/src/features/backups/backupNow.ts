/**
 * Making a backup: the page reads and signs the vault as stored (nothing is decrypted), main writes the file.
 * Both by hand ("Back up now") and on the daily schedule.
 */
import type { VaultService } from '@renderer/data/service/vaultService';
import { mainApi } from '@renderer/platform/bridge';
import type { BackupEntry } from '@shared/ipc/contract';

export async function backUpNow(service: VaultService): Promise<BackupEntry> {
  const text = await service.makeBackup();
  return mainApi.backups.write({ text });
}
