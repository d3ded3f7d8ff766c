import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupFileError, type BackupFileProblem } from '@shared/backup/backupFile';
import { bytesToBase64 } from '../crypto/bytes';
import { deriveBackupKey, generateDataKeyBytes } from '../crypto/keys';
import type { VaultHeader } from '../crypto/vaultHeader';
import { KEY_IDS, PARTNER_SLOTS, RECORD_KINDS, type StoredRecord } from '../storage/storedRecord';
import { encodeBackup, readBackup, verifyBackupManifest, type VaultSnapshot } from './backupCodec';

const backupKey = await deriveBackupKey(generateDataKeyBytes());
const otherVaultKey = await deriveBackupKey(generateDataKeyBytes());
const MADE_AT = Date.UTC(2026, 11, 2, 8, 40);

const bytesOf = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const b64 = (length: number) => bytesOf(length, length).map((bytes) => bytesToBase64(bytes));
const uuidV4 = fc.uuid({ version: 4 });

const slotArb = (partner: 'a' | 'b', kind: 'passphrase' | 'recovery') =>
  fc.record({
    slotId: uuidV4,
    partner: fc.constant(partner),
    kind: fc.constant(kind),
    wrappedUs: fc.record({ iv: b64(12), ct: b64(48) }),
    wrappedPrivate: fc.record({ iv: b64(12), ct: b64(48) }),
  });

const headerArb: fc.Arbitrary<VaultHeader> = fc
  .record({
    vaultId: uuidV4,
    createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    salt: b64(16),
    slots: fc.tuple(slotArb('a', 'passphrase'), slotArb('a', 'recovery'), slotArb('b', 'passphrase'), slotArb('b', 'recovery')),
    hasPartnerB: fc.boolean(),
  })
  .filter(({ slots }) => new Set(slots.map((slot) => slot.slotId)).size === slots.length)
  .map(({ vaultId, createdAt, salt, slots, hasPartnerB }) => ({
    formatVersion: 1 as const,
    vaultId,
    createdAt,
    kdf: { algorithm: 'argon2id' as const, memoryKiB: 65_536, passes: 3, lanes: 1, saltB64: salt },
    slots: hasPartnerB ? slots : slots.slice(0, 2),
  }));

const recordArb: fc.Arbitrary<StoredRecord> = fc.record({
  id: uuidV4,
  kind: fc.constantFrom(...RECORD_KINDS),
  keyId: fc.constantFrom(...KEY_IDS),
  author: fc.constantFrom(...PARTNER_SLOTS),
  createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  updatedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  sealed: fc.record({ v: fc.constant(1 as const), iv: bytesOf(12, 12), ct: bytesOf(16, 300) }),
});

const snapshotArb = (minRecords = 0): fc.Arbitrary<VaultSnapshot> =>
  fc.record({ header: headerArb, records: fc.uniqueArray(recordArb, { minLength: minRecords, maxLength: 25, selector: (record) => record.id }) });

/** Reads and verifies, answering the refusal's problem, or 'accepted'. */
async function outcome(text: string, key = backupKey): Promise<BackupFileProblem | 'accepted'> {
  try {
    await verifyBackupManifest(await readBackup(text), key);
    return 'accepted';
  } catch (error) {
    if (error instanceof BackupFileError) return error.problem;
    throw error;
  }
}

/** What someone who knows the format but not the key can do: change the lines, recompute count and digest. */
async function forge(text: string, change: (recordLines: string[]) => string[]): Promise<string> {
  const lines = text.slice(0, -1).split('\n');
  const preamble = JSON.parse(lines[0]!) as Record<string, unknown>;
  const trailer = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  const records = change(lines.slice(1, -1));
  const body = `${[JSON.stringify({ ...preamble, recordCount: records.length }), ...records].join('\n')}\n`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${body}${JSON.stringify({ ...trailer, sha256 })}\n`;
}

const byId = (left: StoredRecord, right: StoredRecord) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

describe('the backup file', () => {
  it('gives back the same vault, byte for byte per record, and its header', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(), async (snapshot) => {
        const backup = await readBackup(await encodeBackup(snapshot, backupKey, MADE_AT));
        await verifyBackupManifest(backup, backupKey);
        expect(backup.header).toEqual(snapshot.header);
        expect(backup.createdAt).toBe(MADE_AT);
        expect(backup.records).toEqual([...snapshot.records].sort(byId));
      }),
      { numRuns: 60 },
    );
  });

  it('writes only the plaintext fields IndexedDB holds, and ciphertext as base64', async () => {
    const [snapshot] = fc.sample(snapshotArb(1), { numRuns: 1, seed: 7 });
    const text = await encodeBackup(snapshot!, backupKey, MADE_AT);
    const recordLine = JSON.parse(text.split('\n')[1]!) as Record<string, unknown>;
    expect(Object.keys(recordLine)).toEqual(['id', 'kind', 'keyId', 'author', 'createdAt', 'updatedAt', 'iv', 'ct']);
  });

  it('refuses every file cut short', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), async (snapshot, where) => {
        const text = await encodeBackup(snapshot, backupKey, MADE_AT);
        const cut = text.slice(0, Math.floor(where * text.length));
        expect(await outcome(cut)).not.toBe('accepted');
      }),
      { numRuns: 80 },
    );
  });

  it('refuses a file with any one character changed', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(), fc.nat(), fc.integer({ min: 1, max: 127 }), async (snapshot, at, bit) => {
        const text = await encodeBackup(snapshot, backupKey, MADE_AT);
        const index = at % text.length;
        const flipped = String.fromCharCode(text.charCodeAt(index) ^ bit);
        expect(await outcome(text.slice(0, index) + flipped + text.slice(index + 1))).not.toBe('accepted');
      }),
      { numRuns: 120 },
    );
  });

  it('refuses records reordered, even with the digest recomputed', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(2), async (snapshot) => {
        const forged = await forge(await encodeBackup(snapshot, backupKey, MADE_AT), (lines) => [...lines].reverse());
        expect(await outcome(forged)).not.toBe('accepted');
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a record dropped, with the count and digest recomputed, once the key checks the manifest', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(1), fc.nat(), async (snapshot, which) => {
        const forged = await forge(await encodeBackup(snapshot, backupKey, MADE_AT), (lines) => lines.filter((_, index) => index !== which % lines.length));
        await expect(readBackup(forged)).resolves.toBeDefined();
        expect(await outcome(forged)).toBe('altered');
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a record altered or relabelled, with the digest recomputed', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(1), fc.nat(), async (snapshot, which) => {
        const forged = await forge(await encodeBackup(snapshot, backupKey, MADE_AT), (lines) =>
          lines.map((line, index) => {
            if (index !== which % lines.length) return line;
            const record = JSON.parse(line) as { createdAt: number };
            return JSON.stringify({ ...record, createdAt: record.createdAt + 1 });
          }),
        );
        expect(await outcome(forged)).toBe('altered');
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a backup checked with another vault’s key', async () => {
    const [snapshot] = fc.sample(snapshotArb(), { numRuns: 1, seed: 3 });
    expect(await outcome(await encodeBackup(snapshot!, backupKey, MADE_AT), otherVaultKey)).toBe('altered');
  });

  it('calls files that are not Hearth backups foreign, and never throws anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.uint8Array().map((bytes) => new TextDecoder().decode(bytes))), async (text) => {
        expect(['foreign', 'damaged']).toContain(await outcome(text));
      }),
      { numRuns: 300 },
    );
    expect(await outcome('')).toBe('foreign');
    expect(await outcome('{"format":"something-else","version":1}\n')).toBe('foreign');
  });

  it('calls a backup cut off anywhere, even inside its first line, damaged rather than foreign', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb(), fc.integer({ min: 30, max: 10_000 }), async (snapshot, at) => {
        const text = await encodeBackup(snapshot, backupKey, MADE_AT);
        expect(await outcome(text.slice(0, Math.min(at, text.length - 1)))).toBe('damaged');
      }),
      { numRuns: 60 },
    );
  });

  it('says a backup from a newer Hearth is newer', async () => {
    expect(await outcome('{"format":"hearth-backup","version":2,"anything":true}\n')).toBe('newer');
  });

  it('refuses a backup whose header asks for a weakened key derivation', async () => {
    const [snapshot] = fc.sample(snapshotArb(), { numRuns: 1, seed: 5 });
    const weakened = { ...snapshot!, header: { ...snapshot!.header, kdf: { ...snapshot!.header.kdf, memoryKiB: 1024 } } };
    expect(await outcome(await encodeBackup(weakened, backupKey, MADE_AT))).toBe('damaged');
  });
});
