/**
 * For unit tests only: a fresh database (fake-indexeddb must be imported first) and unlocked key rings for
 * both partners sharing one Us key, built from real keys the way an unlock builds them. Never imported by the
 * app.
 */
import type { PartnerSlot } from '@shared/partners';
import { deriveBackupKey, deriveIdKey, generateDataKeyBytes, importDataKey } from '../crypto/keys';
import { KeyRing } from '../session/keyRing';
import { HearthDb } from '../storage/hearthDb';
import { RecordStore } from '../storage/recordStore';

export interface TestVault {
  db: HearthDb;
  rings: Record<PartnerSlot, KeyRing>;
  /** A record store for a partner, optionally with its own clock. */
  storeFor(partner: PartnerSlot, now?: () => number): RecordStore;
  /** Deletes the database. */
  close(): Promise<void>;
}

/**
 * Keys as an unlock makes them: the shared Us key, and a private key with its derived id key. Tests that make
 * no backup may leave out the backup key (one from random bytes is used).
 */
export async function unlockedRing(partner: PartnerSlot, usKey: CryptoKey, backupKey?: CryptoKey): Promise<KeyRing> {
  const privateBytes = generateDataKeyBytes();
  const idKey = await deriveIdKey(privateBytes);
  const privateKey = await importDataKey(privateBytes, { wipeInput: true });
  const ring = new KeyRing();
  ring.unlock({ partner, usKey, privateKey, idKey, backupKey: backupKey ?? (await deriveBackupKey(generateDataKeyBytes())) });
  return ring;
}

export async function openTestVault(name = 'test'): Promise<TestVault> {
  const db = new HearthDb(`${name}-${crypto.randomUUID()}`);
  const usBytes = generateDataKeyBytes();
  const backupKey = await deriveBackupKey(usBytes);
  const usKey = await importDataKey(usBytes, { wipeInput: true });
  const rings = { a: await unlockedRing('a', usKey, backupKey), b: await unlockedRing('b', usKey, backupKey) };
  return {
    db,
    rings,
    storeFor: (partner, now) => new RecordStore(db, rings[partner], now),
    close: () => db.delete(),
  };
}
