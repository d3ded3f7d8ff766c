/**
 * The data core's public face: what every feature may use of storage, keys and drafts. Features reach the
 * records through `collection(...)` inside their one repository, keep free text with `useDraft`, and read
 * the session (who is here, lock) with `useVault`. Dexie and the cipher stay behind this folder.
 */
export { collection, commit, compareNewestFirst, InvalidRecordError } from './records/collection';
export type { Collection, Page, PageCursor, Placement, Stored, StoredOk } from './records/collection';
export { useDraft, type Draft, type DraftOptions } from './drafts/useDraft';
export { StorageFullError, WriteFailedError } from './storage/writeErrors';
export { NotYourRecordError, type PendingWrite, type RecordStore } from './storage/recordStore';
export type { RecordKind } from './storage/storedRecord';
export { VaultLockedError } from './session/keyRing';
export { useVault, type PartnerProfiles, type VaultSession, type VaultStatus } from './session/vaultContext';
export type { PartnerProfile } from './service/profileRepo';
// Reading and opening a backup are Backups' own business (it reaches data/backup/ directly), so that code
// stays out of the start-up script; the types are shared.
export type { ReadBackup } from './backup/backupCodec';
export type { OpenedBackup, VaultSummary } from './backup/openBackup';
export type { ImportReport } from './export/openExportIo';
