/**
 * The typed errors of the vault's crypto core, in one place so screens can tell them apart with
 * `instanceof` (or `name`, after a worker hop) and say something specific.
 *
 * Owns: error names, reasons and the fields a screen may read. Must not: carry a passphrase, a key, a
 * recovery key or any decrypted text, in a field or in a message. Messages are for logs and developers;
 * screens write their own words from `reason`.
 */

/** Which KDF parameter was refused. */
export type KdfParamField = 'algorithm' | 'memoryKiB' | 'passes' | 'lanes' | 'saltB64' | 'params';

/** KDF parameters below the floor, out of range or malformed: refused before any derivation runs. */
export class WeakKdfParamsError extends Error {
  override readonly name = 'WeakKdfParamsError';
  constructor(
    readonly field: KdfParamField,
    message: string,
  ) {
    super(message);
  }
}

/** Why a passphrase cannot be used as typed. */
export type PassphraseProblem = 'empty' | 'too-long' | 'malformed';

/** A passphrase that `validatePassphraseInput` refuses reached a derivation. */
export class PassphraseInputError extends Error {
  override readonly name = 'PassphraseInputError';
  constructor(readonly reason: PassphraseProblem) {
    super(`The passphrase cannot be used: ${reason}.`);
  }
}

/** Why a sealed field could not be opened. */
export type UnreadableReason = 'malformed' | 'authentication';

/**
 * A sealed field failed to open: tampered, corrupted, swapped with another record's, or sealed under a
 * different key. Carries only the (plaintext on disk anyway) binding, so the screen can say which record.
 */
export class UnreadableRecordError extends Error {
  override readonly name = 'UnreadableRecordError';
  constructor(
    readonly reason: UnreadableReason,
    readonly table: string,
    readonly id: string,
    readonly field: string,
  ) {
    super(`The sealed field ${table}/${field} of one record cannot be read (${reason}).`);
  }
}

/** A key slot did not open: wrong passphrase, wrong recovery key, or a slot that was altered. */
export class WrongSecretError extends Error {
  override readonly name = 'WrongSecretError';
  constructor(message = 'That passphrase or recovery key does not open this vault.') {
    super(message);
  }
}

/** Why a typed recovery key was refused before any cryptography ran. */
export type RecoveryKeyProblem = 'malformed' | 'checksum';

/** A recovery key that is not one (wrong length or characters) or has a typo (checksum). */
export class RecoveryKeyFormatError extends Error {
  override readonly name = 'RecoveryKeyFormatError';
  constructor(readonly reason: RecoveryKeyProblem) {
    super(`The recovery key is not valid (${reason}).`);
  }
}

/** A stored vault header that does not have the expected shape. `issues` name paths, never values. */
export class InvalidVaultHeaderError extends Error {
  override readonly name = 'InvalidVaultHeaderError';
  constructor(readonly issues: readonly string[]) {
    super(`The vault header is not valid: ${issues.join('; ')}`);
  }
}

/**
 * Two partners would have the same passphrase. Refused because unlock finds the partner by trying each
 * passphrase slot, which would then be ambiguous.
 */
export class PassphraseConflictError extends Error {
  override readonly name = 'PassphraseConflictError';
  constructor() {
    super('Each partner needs a passphrase of their own.');
  }
}

/** An operation on key slots that the header's state does not allow (for example adding a partner twice). */
export class KeySlotStateError extends Error {
  override readonly name = 'KeySlotStateError';
}
