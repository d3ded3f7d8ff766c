/**
 * Recovery keys: 32 random bytes a person writes down, and the KEK they stand for.
 *
 * Shown as 56 Crockford base32 characters in 14 groups of 4 (`7K3M-…-Q2XD`): 52 carry the 256 bits (the
 * last one holds 1 bit and 4 zero bits), the final group is a checksum. Parsing forgives what people do
 * when copying by hand (any case, spaces or dashes, O for 0, I or L for 1) and catches typos before any
 * cryptography runs.
 *
 * The checksum: symbol j (j = 1..4) is Σ dᵢ·α^(j·(i+1)) over GF(32) (α a root of x⁵+x²+1), over the 52 data
 * symbols dᵢ. A single substituted symbol changes symbol 1 by e·α^(i+1) ≠ 0, and swapping two different
 * adjacent symbols changes it by (a⊕b)·α^(i+1)·(1⊕α) ≠ 0, so both are always caught; other typos slip
 * through about once in a million tries, and then the slot still refuses to open.
 *
 * The KEK comes from HKDF-SHA-256, not Argon2id: the input is already 256 uniformly random bits, so there
 * is nothing to slow a guesser down for (2^256 guesses cannot be made cheaper or dearer), and HKDF only
 * needs to separate this use from any other.
 * Must not: store or log the key, or accept a key whose checksum fails.
 */
import { asBytes, type Bytes, randomBytes, utf8Encode } from './bytes';
import type { RecoveryKeyProblem } from './errors';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;
const DATA_SYMBOLS = 52;
const CHECK_SYMBOLS = 4;
const GROUP = 4;
const MAX_INPUT_CHARS = 200;
const HKDF_INFO = 'hearth/recovery-key-kek/v1';

const { exp: GF_EXP, log: GF_LOG } = buildGf32Tables();

/** A new recovery key: its bytes (for deriving the KEK, then wiping) and its text (shown once). */
export function generateRecoveryKey(): { bytes: Bytes; text: string } {
  const bytes = randomBytes(KEY_BYTES);
  return { bytes, text: formatRecoveryKey(bytes) };
}

/** The printed form of 32 recovery-key bytes: 14 dash-separated groups of 4 Crockford base32 characters. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== KEY_BYTES) throw new TypeError('A recovery key is 32 bytes.');
  const data = bytesToSymbols(bytes);
  const symbols = [...data, ...checkSymbols(data)];
  const text = symbols.map((symbol) => ALPHABET[symbol]).join('');
  return text.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/** A parsed recovery key, or why it is not one. */
export type RecoveryKeyParse = { ok: true; bytes: Bytes } | { ok: false; reason: RecoveryKeyProblem };

/**
 * Reads a typed recovery key: 'malformed' for wrong characters or length, 'checksum' for a typo the
 * checksum catches, else the 32 bytes.
 */
export function parseRecoveryKey(text: string): RecoveryKeyParse {
  if (typeof text !== 'string' || text.length > MAX_INPUT_CHARS) return { ok: false, reason: 'malformed' };
  const compact = text.replace(/[\s\p{Pd}]/gu, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== DATA_SYMBOLS + CHECK_SYMBOLS) return { ok: false, reason: 'malformed' };
  const symbols = Array.from(compact, (char) => ALPHABET.indexOf(char));
  if (symbols.some((symbol) => symbol < 0)) return { ok: false, reason: 'malformed' };
  const data = symbols.slice(0, DATA_SYMBOLS);
  const expected = checkSymbols(data);
  if (expected.some((symbol, j) => symbol !== symbols[DATA_SYMBOLS + j])) return { ok: false, reason: 'checksum' };
  const bytes = symbolsToBytes(data);
  return bytes ? { ok: true, bytes } : { ok: false, reason: 'malformed' };
}

/**
 * The 32-byte KEK a recovery key stands for: HKDF-SHA-256 with the vault's salt and a fixed info string.
 * The caller wipes it after use.
 */
export async function recoveryKeyToKek(recoveryKeyBytes: Uint8Array, vaultSalt: Uint8Array): Promise<Bytes> {
  if (recoveryKeyBytes.length !== KEY_BYTES) throw new TypeError('A recovery key is 32 bytes.');
  const ikm = await crypto.subtle.importKey('raw', asBytes(recoveryKeyBytes), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: asBytes(vaultSalt), info: utf8Encode(HKDF_INFO) },
    ikm,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

function bytesToSymbols(bytes: Uint8Array): number[] {
  const symbols: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols.push((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) symbols.push((buffer << (5 - bits)) & 31);
  return symbols;
}

/** The bytes of 52 symbols, or undefined when the 4 padding bits are not zero (not a key we printed). */
function symbolsToBytes(symbols: readonly number[]): Bytes | undefined {
  const out = new Uint8Array(KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const symbol of symbols) {
    buffer = (buffer << 5) | symbol;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (index < KEY_BYTES) out[index++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return buffer === 0 ? out : undefined;
}

function checkSymbols(data: readonly number[]): number[] {
  const check: number[] = [];
  for (let j = 1; j <= CHECK_SYMBOLS; j++) {
    let sum = 0;
    data.forEach((symbol, i) => {
      sum ^= gfMul(symbol, GF_EXP[(j * (i + 1)) % 31]!);
    });
    check.push(sum);
  }
  return check;
}

function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return GF_EXP[(GF_LOG[a]! + GF_LOG[b]!) % 31]!;
}

function buildGf32Tables(): { exp: number[]; log: number[] } {
  const exp: number[] = [];
  const log: number[] = new Array<number>(32).fill(0);
  let value = 1;
  for (let power = 0; power < 31; power++) {
    exp.push(value);
    log[value] = power;
    value <<= 1;
    if (value & 32) value ^= 0b100101; // x⁵ = x² + 1
  }
  return { exp, log };
}
