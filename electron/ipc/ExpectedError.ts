/**
 * The errors a handler answers on purpose, with a typed code and a message safe to show the person. Services
 * know nothing of IPC: they throw their own error classes, and each handler maps the ones it expects with
 * `expectAs`; anything else stays unexpected and the dispatcher answers INTERNAL.
 */
import type { IpcErrorCode } from '@shared/ipc/result';

/** An error a handler throws on purpose; its message is safe to show the person and crosses IPC as is. */
export class ExpectedError extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'ExpectedError';
    this.code = code;
  }
}

/**
 * A `.catch` callback that answers `code` for a service's own error class, whose message that service
 * promises is safe to show, and throws anything else on unchanged.
 */
export function expectAs(
  errorClass: abstract new (...args: never[]) => Error,
  code: IpcErrorCode,
): (error: unknown) => never {
  return (error) => {
    if (error instanceof errorClass) throw new ExpectedError(code, error.message);
    throw error;
  };
}
