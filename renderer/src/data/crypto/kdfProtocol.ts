/**
 * The messages between the page and the Argon2id worker, and how typed errors cross that boundary (by name
 * and reason: a worker cannot post an Error subclass intact).
 *
 * Owns: the request/response shapes. Must not: import hash-wasm (the page's side imports this file, and the
 * Argon2id code belongs in the worker's bundle), or put a passphrase or key into an error.
 */
import { type KdfParamField, type PassphraseProblem, PassphraseInputError, WeakKdfParamsError } from './errors';
import type { KdfParams } from './kdfParams';

/** Page → worker: derive a KEK. `id` correlates the answer. */
export interface KdfRequest {
  id: number;
  passphrase: string;
  params: KdfParams;
}

/** Page → worker: get ready (load and compile Argon2id) while the person is still typing. No answer. */
export interface KdfWarmUp {
  warmUp: true;
}

export function isKdfWarmUp(message: unknown): message is KdfWarmUp {
  return typeof message === 'object' && message !== null && (message as { warmUp?: unknown }).warmUp === true;
}

/** An error as it crosses the worker boundary. */
export type KdfWireError =
  | { name: 'WeakKdfParamsError'; field: KdfParamField; message: string }
  | { name: 'PassphraseInputError'; reason: PassphraseProblem; message: string }
  | { name: 'Error'; message: string };

/** Worker → page: the KEK bytes (their buffer transferred, not copied) or an error. */
export type KdfResponse = { id: number; ok: true; keyBytes: Uint8Array } | { id: number; ok: false; error: KdfWireError };

/** The wire form of an error thrown while deriving. */
export function toWireError(error: unknown): KdfWireError {
  if (error instanceof WeakKdfParamsError) return { name: error.name, field: error.field, message: error.message };
  if (error instanceof PassphraseInputError) return { name: error.name, reason: error.reason, message: error.message };
  // hash-wasm's own messages name parameters, never the password.
  return { name: 'Error', message: error instanceof Error ? error.message : 'Key derivation failed.' };
}

/** The error a {@link KdfWireError} stands for, rebuilt on the page's side with its original class. */
export function fromWireError(error: KdfWireError): Error {
  switch (error.name) {
    case 'WeakKdfParamsError':
      return new WeakKdfParamsError(error.field, error.message);
    case 'PassphraseInputError':
      return new PassphraseInputError(error.reason);
    case 'Error':
      return new Error(error.message);
  }
}
