/**
 * Reading the whole vault as stored, and replacing it, for backup and restore. The only code that reads
 * every record of both partners at once: it opens nothing, so it needs no key.
 *
 * Replacing is one IndexedDB transaction over both tables, committed with strict durability: a crash or a
 * power cut leaves either the old vault or the new one, whole, never a mixture.
 */
import type { HearthDb } from '../storage/hearthDb';
import { toWriteError } from '../storage/writeErrors';
import type { VaultSnapshot } from './backupCodec';
import { parseVaultHeader } from '../crypto/vaultHeader';

/** The header and every record, read in one transaction so a write cannot land between them. */
export async function readSnapshot(db: HearthDb): Promise<VaultSnapshot> {
  return db.transaction('r', db.records, db.meta, async () => {
    const row = await db.meta.get('vaultHeader');
    if (!row) throw new Error('There is no vault on this computer yet.');
    return { header: parseVaultHeader(row.value), records: await db.records.toArray() };
  });
}

/** Replaces the header and every record with the snapshot's, all at once or not at all. */
export async function replaceVault(db: HearthDb, snapshot: VaultSnapshot): Promise<void> {
  const header = parseVaultHeader(snapshot.header);
  try {
    await db.transaction('rw', db.records, db.meta, async () => {
      await db.records.clear();
      await db.meta.clear();
      await db.records.bulkAdd(snapshot.records);
      await db.meta.put({ key: 'vaultHeader', value: header });
    });
  } catch (error) {
    throw toWriteError(error);
  }
}
