/**
 * The IndexedDB database, through Dexie. Only repositories in features/vault may import this.
 *
 * Every write is committed with strict durability: Chrome's default lets a power cut lose a write that was
 * already acknowledged, and these are a couple's words and keys.
 */
import Dexie, { type Table } from 'dexie';
import type { StoredRecord } from './storedRecord';

/** Rows that are not records: the vault header (KDF parameters and wrapped keys, never a name). */
export interface MetaRow {
  key: 'vaultHeader';
  value: unknown;
}

export const DATABASE_NAME = 'hearth';

export class HearthDb extends Dexie {
  records!: Table<StoredRecord, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      records: 'id, [kind+createdAt], [kind+author+createdAt], updatedAt',
      meta: 'key',
    });
  }
}
