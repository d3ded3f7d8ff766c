/**
 * What every IPC call answers: a plain JSON envelope, so a typed error crosses the process boundary intact
 * (Electron flattens thrown errors into a string).
 */

export type IpcErrorCode =
  | 'FORBIDDEN_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_INPUT'
  | 'NOT_ALLOWED'
  /** The operation was tried and did not succeed (a file could not be written or read); nothing changed. */
  | 'FAILED'
  | 'INTERNAL';

export interface IpcError {
  code: IpcErrorCode;
  /** Safe to show a person; never contains what anyone wrote. */
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function ipcFail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}
