/**
 * The one encoding of AES-GCM associated data in the vault: a list of strings, each as a 4-byte big-endian
 * UTF-8 length followed by its UTF-8 bytes.
 *
 * Owns: the guarantee that two different lists never encode to the same bytes. Because every part carries
 * its length, no character in a part (a '|', a NUL, anything) can move a boundary: ['a|b', 'c'] and
 * ['a', 'b|c'] differ in their length prefixes. Lists of different lengths differ too, since the encoding
 * decodes back to exactly one list.
 * Must not: accept a string with a lone surrogate (TextEncoder would turn it into U+FFFD, so two different
 * strings would collide); it throws TypeError instead.
 */
import { type Bytes, isWellFormedUnicode, utf8Encode } from './bytes';

/** Encodes the parts injectively, as described in the module header. */
export function encodeAssociatedData(parts: readonly string[]): Bytes {
  const encoded = parts.map((part) => {
    if (typeof part !== 'string' || !isWellFormedUnicode(part)) {
      throw new TypeError('Associated data parts must be well-formed strings.');
    }
    return utf8Encode(part);
  });
  const total = encoded.reduce((sum, bytes) => sum + 4 + bytes.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const bytes of encoded) {
    view.setUint32(offset, bytes.length, false);
    out.set(bytes, offset + 4);
    offset += 4 + bytes.length;
  }
  return out;
}
