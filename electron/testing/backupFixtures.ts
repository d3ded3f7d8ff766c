/**
 * For main's tests only: backup text with the right structure and digest, as main sees backups (it never
 * holds the key, so the MAC here is only well formed), and a writer that a test can kill mid-write.
 */
import { createHash, randomBytes } from 'node:crypto';
import { BACKUP_FORMAT_NAME, backupBody, joinBackupLines } from '@shared/backup/backupFile';

/** A backup of `records` records whose ciphertexts are `bytesEach` random bytes. */
export function backupText(records = 2, bytesEach = 64): string {
  const recordLines = Array.from({ length: records }, (_, index) =>
    JSON.stringify({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      kind: 'appreciation',
      keyId: 'us',
      author: 'a',
      createdAt: index,
      updatedAt: index,
      iv: randomBytes(12).toString('base64'),
      ct: randomBytes(bytesEach).toString('base64'),
    }),
  );
  const preamble = { format: BACKUP_FORMAT_NAME, version: 1, createdAt: 0, vault: {}, recordCount: records };
  const sha256 = createHash('sha256').update(backupBody(preamble, recordLines), 'utf8').digest('hex');
  return joinBackupLines(preamble, recordLines, { end: BACKUP_FORMAT_NAME, sha256, mac: randomBytes(32).toString('base64') });
}
