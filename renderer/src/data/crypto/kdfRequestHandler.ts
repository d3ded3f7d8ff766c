/**
 * The Argon2id worker's whole job as a plain function, so tests (and the inline fallback) run it without a
 * Worker: read a request, derive, answer with the buffer to transfer.
 *
 * Must not: throw (every failure becomes an answer), or keep the passphrase or the key after answering.
 */
import { deriveKeyBytes, warmUpArgon2 } from './argon2';
import type { KdfRequest, KdfResponse } from './kdfProtocol';
import { isKdfWarmUp, toWireError } from './kdfProtocol';

/**
 * Handles one message to the worker: a warm-up readies Argon2id and answers nothing (null); anything else
 * is a request and gets its answer.
 */
export async function handleKdfMessage(message: unknown): Promise<{ response: KdfResponse; transfer: ArrayBuffer[] } | null> {
  if (!isKdfWarmUp(message)) return answerKdfRequest(message);
  // A failed warm-up costs nothing: the real derivation loads Argon2id again and reports its own error.
  await warmUpArgon2().catch(() => undefined);
  return null;
}

/** Answers one request. A malformed request gets an error answer (with id -1 when even the id is unreadable). */
export async function answerKdfRequest(request: unknown): Promise<{ response: KdfResponse; transfer: ArrayBuffer[] }> {
  const id = readId(request);
  if (id === undefined || !isKdfRequest(request)) {
    return { response: { id: id ?? -1, ok: false, error: { name: 'Error', message: 'Malformed KDF request.' } }, transfer: [] };
  }
  try {
    const keyBytes = await deriveKeyBytes(request.passphrase, request.params);
    return { response: { id, ok: true, keyBytes }, transfer: [keyBytes.buffer] };
  } catch (error) {
    return { response: { id, ok: false, error: toWireError(error) }, transfer: [] };
  }
}

function readId(request: unknown): number | undefined {
  const id = typeof request === 'object' && request !== null ? (request as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
}

function isKdfRequest(request: unknown): request is KdfRequest {
  const candidate = request as Partial<Record<keyof KdfRequest, unknown>>;
  return typeof candidate.passphrase === 'string' && typeof candidate.params === 'object' && candidate.params !== null;
}
