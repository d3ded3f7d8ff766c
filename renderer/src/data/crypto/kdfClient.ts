/**
 * The page's side of the Argon2id worker: `derive(passphrase, params)` as a promise, with requests and
 * answers matched by id, so several derivations (creating a vault for two derives twice) can be in flight.
 *
 * Owns: the worker's lifetime (started on first use, restarted after it fails, ended by `dispose`) and the
 * pending requests. Must not: import hash-wasm or Argon2id code (that is the worker's bundle), log, or keep a
 * derived key after handing it over.
 */
import type { DeriveKeyBytes } from './argon2';
import { isUint8Array } from './bytes';
import { fromWireError, type KdfRequest, type KdfWarmUp, type KdfWireError } from './kdfProtocol';

/** What the client needs of a worker. A DOM `Worker` has this shape; tests pass a fake or an inline one. */
export interface KdfWorker {
  postMessage(message: KdfRequest | KdfWarmUp): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/**
 * A started client: `derive` for key derivations, `warmUp` to start the worker and compile Argon2id ahead
 * of the first derivation (once; later calls do nothing), `dispose` to end the worker and refuse pending calls.
 */
export interface KdfClient {
  derive: DeriveKeyBytes;
  warmUp(): void;
  dispose(): void;
}

interface Pending {
  resolve(keyBytes: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * Creates a client that derives keys through workers made by `workerFactory` (in the app,
 * `createArgon2Worker`; in tests, `createInlineKdfWorker` or a fake).
 */
export function createKdfClient(workerFactory: () => KdfWorker): KdfClient {
  const pending = new Map<number, Pending>();
  let worker: KdfWorker | undefined;
  let nextId = 1;
  let isDisposed = false;

  const failAll = (error: Error): void => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  const onMessage = (event: Event): void => {
    const data = (event as MessageEvent<unknown>).data as Partial<{ id: unknown; ok: unknown; keyBytes: unknown; error: unknown }>;
    const request = typeof data?.id === 'number' ? pending.get(data.id) : undefined;
    if (!request || typeof data.id !== 'number') return;
    pending.delete(data.id);
    if (data.ok === true && isUint8Array(data.keyBytes)) request.resolve(data.keyBytes);
    else if (data.ok === false && isWireError(data.error)) request.reject(fromWireError(data.error));
    else request.reject(new Error('The key derivation worker sent an unexpected answer.'));
  };

  const onFailure = (): void => {
    // A worker that failed (to load, or with an uncaught error) is replaced on the next call.
    worker?.terminate();
    worker = undefined;
    failAll(new Error('The key derivation worker stopped.'));
  };

  const ensureWorker = (): KdfWorker => {
    if (worker) return worker;
    const started = workerFactory();
    started.addEventListener('message', onMessage);
    started.addEventListener('messageerror', onFailure);
    started.addEventListener('error', onFailure);
    worker = started;
    return started;
  };

  const derive: DeriveKeyBytes = (passphrase, params) =>
    new Promise<Uint8Array>((resolve, reject) => {
      if (isDisposed) {
        reject(new Error('The key derivation client was disposed.'));
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ensureWorker().postMessage({ id, passphrase, params });
    });

  const warmUp = (): void => {
    if (isDisposed || worker) return;
    ensureWorker().postMessage({ warmUp: true });
  };

  const dispose = (): void => {
    isDisposed = true;
    worker?.terminate();
    worker = undefined;
    failAll(new Error('The key derivation client was disposed.'));
  };

  return { derive, warmUp, dispose };
}

function isWireError(value: unknown): value is KdfWireError {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
