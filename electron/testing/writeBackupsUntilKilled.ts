/**
 * Run as a child process by backupService.test.ts: writes large backups into a data folder, one after
 * another, until the test kills it with SIGKILL in the middle of one (a crash, a power cut).
 */
import { BackupService } from '../services/backupService';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { backupText } from './backupFixtures';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Usage: writeBackupsUntilKilled <dataDir>');
const service = new BackupService(new RecordingPlatform(), dataDir);
const text = backupText(20_000, 1500);
void (async () => {
  for (;;) await service.write(text);
})();
