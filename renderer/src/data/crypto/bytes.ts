/**
 * Byte helpers for the vault's crypto core: random bytes, UTF-8, strict base64 and wiping.
 *
 * Owns: the one base64 dialect the vault stores (standard alphabet, padded, canonical) and the rule that
 * buffers handed to WebCrypto are plain (non-shared) ArrayBuffer views.
 * Must not: hold secrets, log, or know what the bytes mean.
 */

/** A byte array backed by a plain ArrayBuffer, which is what WebCrypto accepts (TypeScript 5.9 lib.dom). */
export type Bytes = Uint8Array<ArrayBuffer>;

const BASE64_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const CHUNK = 0x8000;

/** `n` bytes from the platform's CSPRNG (`crypto.getRandomValues`, 65,536 bytes at most per call). */
export function randomBytes(n: number): Bytes {
  const out = new Uint8Array(n);
  for (let offset = 0; offset < n; offset += 65_536) {
    crypto.getRandomValues(out.subarray(offset, Math.min(n, offset + 65_536)));
  }
  return out;
}

/** True for a Uint8Array from any realm (IndexedDB and workers may hand back another realm's class). */
export function isUint8Array(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/**
 * The same bytes as a view WebCrypto accepts. Views over a plain ArrayBuffer are returned as they are (no
 * copy, so wiping the caller's array still wipes what was used); views over shared memory are copied.
 */
export function asBytes(view: Uint8Array): Bytes {
  if (Object.prototype.toString.call(view.buffer) === '[object ArrayBuffer]') return view as Bytes;
  return new Uint8Array(view);
}

/** UTF-8 bytes of a string (lone surrogates become U+FFFD; callers that care refuse them first). */
export function utf8Encode(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}

/** The string in UTF-8 bytes; throws TypeError on invalid UTF-8 rather than inventing U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** True when the string has no lone surrogate, so UTF-8 encoding is lossless. */
export function isWellFormedUnicode(text: string): boolean {
  return !/\p{Surrogate}/u.test(text);
}

/** Standard, padded base64 (RFC 4648 section 4). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * True for canonical, padded base64: the only form that decodes, so one value has one spelling. Given the
 * shape (alphabet, length, padding), the one way to spell the same bytes differently is to set the unused
 * low bits of the last character before the padding, so only those are checked: no decoding needed, which
 * matters for the tens of thousands of fields in a backup.
 */
export function isCanonicalBase64(text: string): boolean {
  if (text.length % 4 !== 0 || !BASE64_SHAPE.test(text)) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (padding === 0) return true;
  const last = BASE64_ALPHABET.indexOf(text[text.length - padding - 1]!);
  return (last & (padding === 2 ? 0b1111 : 0b11)) === 0;
}

/** Bytes of canonical base64; throws TypeError for anything else (whitespace, URL alphabet, bad padding). */
export function base64ToBytes(text: string): Bytes {
  if (!isCanonicalBase64(text)) throw new TypeError('Not canonical base64.');
  return decodeUnchecked(text);
}

function decodeUnchecked(text: string): Bytes {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Overwrites each array with zeros. A best effort: JavaScript engines may have copied the bytes before. */
export function wipe(...arrays: ReadonlyArray<Uint8Array | undefined>): void {
  for (const array of arrays) array?.fill(0);
}
