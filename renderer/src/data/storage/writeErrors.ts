/**
 * What a failed write means to a person. IndexedDB reports a full disk or a refused quota as
 * `QuotaExceededError` (Dexie keeps the name, sometimes as the inner error of an AbortError); every other
 * failure is a write that did not happen. Both are told calmly by the screens, with the words kept.
 *
 * Must not: carry the payload or any text a person wrote in a message (messages can reach a log).
 */

/** Base of every refused write: nothing of it was stored, and the words are still on screen. */
export class WriteFailedError extends Error {
  constructor(message = 'Hearth could not save this just now. Your words are still here; try again in a moment.') {
    super(message);
    this.name = 'WriteFailedError';
  }
}

/** The disk is full, or the browser refused more space: nothing of the write was stored. */
export class StorageFullError extends WriteFailedError {
  constructor() {
    super('Your computer is out of space, so Hearth could not save this. Your words are still here: free some space, then try again.');
    this.name = 'StorageFullError';
  }
}

/** True when an error, or one it wraps, is IndexedDB's quota error. */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Turns a storage failure into one of the errors above; programming errors the store throws itself pass through. */
export function toWriteError(error: unknown): Error {
  if (error instanceof WriteFailedError) return error;
  if (isQuotaError(error)) return new StorageFullError();
  if (error instanceof Error && isStorageFailure(error)) return new WriteFailedError();
  return error instanceof Error ? error : new WriteFailedError();
}

/** IndexedDB's and Dexie's own failures, as opposed to the store's rules (which have their own classes). */
function isStorageFailure(error: Error): boolean {
  return ['AbortError', 'UnknownError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError', 'DataError', 'TransactionInactiveError'].includes(error.name);
}
