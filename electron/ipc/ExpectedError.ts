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
