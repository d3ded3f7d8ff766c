/**
 * The Argon2id parameters a vault is created with and the rules a stored set must meet before anything
 * derives a key from it.
 *
 * Owns: the parameter shape, the default cost, the floor and the sanity ceiling.
 * Must not: derive keys (argon2.ts does) or read storage. Checking here is what stops a header edited on
 * disk from downgrading the work an attacker needs per guess.
 *
 * The salt is stored as canonical base64 (`saltB64`): a string is stored as-is by IndexedDB and by a JSON
 * backup, compares with `===`, and cannot be confused with a key field that holds a Uint8Array.
 */
import { base64ToBytes, bytesToBase64, isCanonicalBase64, randomBytes } from './bytes';
import { WeakKdfParamsError } from './errors';

/** Argon2id parameters as stored in the vault header. One set (and one salt) serves the whole vault. */
export interface KdfParams {
  algorithm: 'argon2id';
  /** Memory cost in KiB (hash-wasm's `memorySize`). */
  memoryKiB: number;
  /** Number of passes over memory (hash-wasm's `iterations`). */
  passes: number;
  /** Degree of parallelism (hash-wasm's `parallelism`). */
  lanes: number;
  /** The vault-wide random salt, canonical padded base64 of at least 16 bytes. */
  saltB64: string;
}

/** The cost part of the parameters, without the salt. */
export type KdfCost = Pick<KdfParams, 'memoryKiB' | 'passes' | 'lanes'>;

/** What a new vault uses: 64 MiB, 3 passes, 1 lane (about 0.4 s in headless Chromium, per the brief). */
export const KDF_DEFAULT_COST: Readonly<KdfCost> = Object.freeze({ memoryKiB: 65_536, passes: 3, lanes: 1 });

/** The least a stored header may ask for: 19 MiB and 2 passes (OWASP's Argon2id minimum is 19 MiB, t=2). */
export const KDF_FLOOR: Readonly<Pick<KdfCost, 'memoryKiB' | 'passes'>> = Object.freeze({ memoryKiB: 19_456, passes: 2 });

/**
 * The most a stored header may ask for. Beyond this a header is not "stronger", it is broken or hostile: an
 * edited header could otherwise make every unlock take minutes (the old ceiling of 1 GiB and 64 passes was
 * about 340 times the default work). Each figure is four times the default, and so is the total work
 * (memory × passes, {@link KDF_MAX_WORK}): the slowest header this accepts unlocks in about 2 s where the
 * default takes 0.4 s, and leaves room to raise the default later.
 */
export const KDF_CEILING = Object.freeze({ memoryKiB: 262_144, passes: 12, lanes: 4 });

/** The most memory × passes (KiB × passes) a stored header may ask for: four times the default's. */
export const KDF_MAX_WORK = 4 * KDF_DEFAULT_COST.memoryKiB * KDF_DEFAULT_COST.passes;

/** Salt length for new vaults, and the least a stored salt may have. */
export const KDF_SALT_BYTES = 16;
/** A stored salt longer than this is refused as malformed (hash-wasm would accept it, nothing needs it). */
export const KDF_SALT_MAX_BYTES = 64;

/** Fresh parameters for a new vault: the given cost (default {@link KDF_DEFAULT_COST}) and a new random salt. */
export function newKdfParams(cost: KdfCost = KDF_DEFAULT_COST): KdfParams {
  const params: KdfParams = { algorithm: 'argon2id', ...cost, saltB64: bytesToBase64(randomBytes(KDF_SALT_BYTES)) };
  assertKdfParamsAcceptable(params);
  return params;
}

/** The salt bytes of parameters that passed {@link assertKdfParamsAcceptable}. */
export function kdfSalt(params: KdfParams): Uint8Array<ArrayBuffer> {
  return base64ToBytes(params.saltB64);
}

/**
 * Throws {@link WeakKdfParamsError} unless the parameters are Argon2id, integers within
 * [{@link KDF_FLOOR}, {@link KDF_CEILING}] whose work is at most {@link KDF_MAX_WORK}, 1 to 4 lanes with at
 * least 8 KiB per lane, and a canonical base64 salt of 16 to 64 bytes. Safe to call on values of unknown shape (it checks types too).
 */
export function assertKdfParamsAcceptable(params: KdfParams): void {
  if (typeof params !== 'object' || params === null) throw new WeakKdfParamsError('params', 'KDF parameters are missing.');
  if (params.algorithm !== 'argon2id') throw new WeakKdfParamsError('algorithm', 'Only Argon2id is accepted.');
  assertIntegerInRange('memoryKiB', params.memoryKiB, KDF_FLOOR.memoryKiB, KDF_CEILING.memoryKiB);
  assertIntegerInRange('passes', params.passes, KDF_FLOOR.passes, KDF_CEILING.passes);
  assertIntegerInRange('lanes', params.lanes, 1, KDF_CEILING.lanes);
  if (params.memoryKiB * params.passes > KDF_MAX_WORK) {
    throw new WeakKdfParamsError('passes', `Memory × passes ${params.memoryKiB * params.passes} is above the ceiling of ${KDF_MAX_WORK}.`);
  }
  if (params.memoryKiB < 8 * params.lanes) {
    throw new WeakKdfParamsError('memoryKiB', 'Argon2 needs at least 8 KiB of memory per lane.');
  }
  assertSalt(params.saltB64);
}

function assertIntegerInRange(field: 'memoryKiB' | 'passes' | 'lanes', value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new WeakKdfParamsError(field, `${field} must be an integer.`);
  }
  if (value < min) throw new WeakKdfParamsError(field, `${field} ${value} is below the floor of ${min}.`);
  if (value > max) throw new WeakKdfParamsError(field, `${field} ${value} is above the ceiling of ${max}.`);
}

function assertSalt(saltB64: unknown): void {
  if (typeof saltB64 !== 'string' || !isCanonicalBase64(saltB64)) {
    throw new WeakKdfParamsError('saltB64', 'The salt must be canonical base64.');
  }
  const length = base64ToBytes(saltB64).length;
  if (length < KDF_SALT_BYTES || length > KDF_SALT_MAX_BYTES) {
    throw new WeakKdfParamsError('saltB64', `The salt must be ${KDF_SALT_BYTES} to ${KDF_SALT_MAX_BYTES} bytes.`);
  }
}
