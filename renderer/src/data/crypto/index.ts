/**
 * The vault's crypto core, as the rest of the vault feature sees it (the repositories, the session and the
 * lock and first-run screens). Other features never import this: they go through the vault's repositories.
 *
 * Not exported here, on purpose:
 * - createArgon2Worker.ts: import it directly where the app builds its KdfClient (tests must not load it);
 * - argon2.ts's deriveKeyBytes and inlineKdfWorker.ts: they pull hash-wasm into whatever imports them, and
 *   in the app Argon2id runs only in the worker bundle. Tests import them directly;
 * - aesGcm, associatedData, bytes, slotCrypto, kdfProtocol, kdfRequestHandler: building blocks.
 */
export type { DeriveKeyBytes } from './argon2';
export { openJson, type RecordBinding, type SealedField, isSealedField, sealJson } from './envelope';
export {
  InvalidVaultHeaderError, type KdfParamField, KeySlotStateError, PassphraseConflictError, PassphraseInputError, type PassphraseProblem,
  RecoveryKeyFormatError, type RecoveryKeyProblem, type UnreadableReason, UnreadableRecordError, WeakKdfParamsError, WrongSecretError,
} from './errors';
export { createKdfClient, type KdfClient, type KdfWorker } from './kdfClient';
export {
  assertKdfParamsAcceptable, KDF_CEILING, KDF_DEFAULT_COST, KDF_FLOOR, type KdfCost, type KdfParams, newKdfParams,
} from './kdfParams';
export {
  addPartner, type AddPartnerInput, changePassphrase, type CreatedVaultKeys, createVaultKeys, type CreateVaultKeysInput,
  type PartnerSecret, type UnlockedSession, unlockWithPassphrase, unlockWithRecoveryKey,
} from './keySlots';
export { generateDataKeyBytes, importDataKey, type KeyName, type PartnerId, type SlotKind } from './keys';
export { MAX_PASSPHRASE_CODE_POINTS, normalizePassphrase, type PassphraseCheck, validatePassphraseInput } from './passphrase';
export { parseRecoveryKey, type RecoveryKeyParse } from './recoveryKey';
export { type KeySlot, parseVaultHeader, type StoredWrappedKey, VAULT_FORMAT_VERSION, type VaultHeader } from './vaultHeader';
