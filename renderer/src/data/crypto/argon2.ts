/**
 * Passphrase → 32 key-encryption-key bytes with Argon2id (hash-wasm).
 *
 * Owns: the only call to hash-wasm, the mapping of our parameter names to its options, and the rule that
 * nothing is hashed before the parameters pass the floor and the passphrase passes its checks (so a pasted
 * megabyte or a downgraded header never reaches Argon2id).
 * Must not: run on the page's main thread in the app (argon2.worker.ts runs it; kdfClient.ts talks to the
 * worker), keep the passphrase, or log.
 */
import { argon2id } from 'hash-wasm';
import { asBytes, type Bytes, utf8Encode, wipe } from './bytes';
import { PassphraseInputError } from './errors';
import { assertKdfParamsAcceptable, type KdfCost, kdfSalt, type KdfParams } from './kdfParams';
import { validatePassphraseInput } from './passphrase';

/** Length of the derived key-encryption key, in bytes. */
export const DERIVED_KEY_BYTES = 32;

/** The shape of a key derivation, so callers can inject a worker-backed or a test implementation. */
export type DeriveKeyBytes = (passphrase: string, params: KdfParams) => Promise<Uint8Array>;

/**
 * Derives 32 KEK bytes from a passphrase: validates it ({@link PassphraseInputError}), normalises it to
 * NFC, checks the parameters ({@link WeakKdfParamsError}), then runs Argon2id over the UTF-8 bytes.
 * The caller wipes the result after use.
 */
export async function deriveKeyBytes(passphrase: string, params: KdfParams): Promise<Bytes> {
  const check = validatePassphraseInput(passphrase);
  if (!check.ok) throw new PassphraseInputError(check.reason);
  assertKdfParamsAcceptable(params);
  const password = utf8Encode(check.normalized);
  try {
    return await argon2idBytes(password, kdfSalt(params), params);
  } finally {
    wipe(password);
  }
}

/**
 * Readies Argon2id before it is needed: the first call compiles hash-wasm's WebAssembly (hash-wasm keeps the
 * compiled module for later calls), which otherwise lands on the unlock the person is waiting for. Hashes a
 * fixed, meaningless input at the smallest cost; nothing secret goes in and the result is dropped.
 */
export async function warmUpArgon2(): Promise<void> {
  wipe(await argon2idBytes(utf8Encode('warm-up'), new Uint8Array(16), { memoryKiB: 8, passes: 1, lanes: 1 }));
}

/**
 * Raw Argon2id (version 0x13, no secret, no associated data) with no checks of our own. Exported only so
 * tests can hold it to the reference implementation's known answers, which use an 8-byte salt; everything
 * else goes through {@link deriveKeyBytes}.
 */
export async function argon2idBytes(password: Uint8Array, salt: Uint8Array, cost: KdfCost): Promise<Bytes> {
  const hash = await argon2id({
    password,
    salt,
    memorySize: cost.memoryKiB,
    iterations: cost.passes,
    parallelism: cost.lanes,
    hashLength: DERIVED_KEY_BYTES,
    outputType: 'binary',
  });
  // Copy into an array of our own so the caller can wipe and transfer it; then wipe hash-wasm's.
  const out = new Uint8Array(asBytes(hash));
  wipe(hash);
  return out;
}
