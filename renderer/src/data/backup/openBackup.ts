/**
 * Opening a backup for restore: its own passphrase or recovery key unlocks its own key slots (never the live
 * vault's), its manifest is checked with that vault's backup key, and what it holds is summed up for the
 * preview: counts by kind, the time span and the partners' names.
 *
 * Reads and decrypts in memory only (the two profile records, for the names); writes nothing anywhere.
 */
import type { DeriveKeyBytes } from '../crypto/argon2';
import { openJson } from '../crypto/envelope';
import { unlockWithPassphrase, unlockWithRecoveryKey } from '../crypto/keySlots';
import type { PartnerSecret, UnlockedSession } from '../crypto/slotCrypto';
import { partnerProfileSchema, PROFILE_IDS } from '../service/profileRepo';
import { bindingFor } from '../storage/recordStore';
import type { PartnerSlot, RecordKind, StoredRecord } from '../storage/storedRecord';
import { verifyBackupManifest, type ReadBackup } from './backupCodec';

/** What a vault holds, from its plaintext fields alone (and the names, when a key opened them). */
export interface VaultSummary {
  /** How many records of each kind, by both partners. */
  counts: Partial<Record<RecordKind, number>>;
  /** The first and last time something was written (profiles and drafts left out), or null when nothing was. */
  span: { first: number; last: number } | null;
  names: Partial<Record<PartnerSlot, string>>;
}

/** A backup checked in full and unlocked with its own secret, ready to preview and restore. */
export interface OpenedBackup {
  backup: ReadBackup;
  /** The keys of the partner whose secret opened it: after restore, they are the one who is here. */
  session: UnlockedSession;
  summary: VaultSummary;
}

/** Kinds that say nothing about when a couple wrote: names and work in progress. */
const NOT_WRITING: ReadonlySet<RecordKind> = new Set(['profile', 'draft']);

/**
 * Unlocks the backup's key slots with `secret`, then checks its manifest. Throws WrongSecretError,
 * PassphraseInputError or RecoveryKeyFormatError for a secret that does not open it, and BackupFileError
 * `altered` when the manifest does not authenticate.
 */
export async function openBackup(backup: ReadBackup, secret: PartnerSecret, derive: DeriveKeyBytes): Promise<OpenedBackup> {
  const session =
    secret.kind === 'passphrase'
      ? await unlockWithPassphrase(backup.header, secret.passphrase, derive)
      : await unlockWithRecoveryKey(backup.header, secret.recoveryKey);
  await verifyBackupManifest(backup, session.backupKey);
  return { backup, session, summary: { ...summarise(backup.records), names: await namesIn(backup.records, session.usKey) } };
}

/** Counts and time span of records, from their plaintext fields. */
export function summarise(records: readonly Pick<StoredRecord, 'kind' | 'createdAt'>[]): Omit<VaultSummary, 'names'> {
  const counts: Partial<Record<RecordKind, number>> = {};
  let span: VaultSummary['span'] = null;
  for (const record of records) {
    counts[record.kind] = (counts[record.kind] ?? 0) + 1;
    if (NOT_WRITING.has(record.kind)) continue;
    span = span
      ? { first: Math.min(span.first, record.createdAt), last: Math.max(span.last, record.createdAt) }
      : { first: record.createdAt, last: record.createdAt };
  }
  return { counts, span };
}

async function namesIn(records: readonly StoredRecord[], usKey: CryptoKey): Promise<VaultSummary['names']> {
  const names: VaultSummary['names'] = {};
  for (const partner of ['a', 'b'] as const) {
    const record = records.find((candidate) => candidate.id === PROFILE_IDS[partner] && candidate.keyId === 'us');
    if (!record) continue;
    const payload = await openJson<unknown>(usKey, record.sealed, bindingFor(record)).catch(() => undefined);
    const profile = partnerProfileSchema.safeParse(payload);
    if (profile.success) names[partner] = profile.data.name;
  }
  return names;
}
