import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { KeychainUnsafeError, REMEMBERED_KEYS_FILE, RememberedKeyStore } from './rememberedKeyStore';

const VAULT = '3f2b6c1e-9a4d-4e5f-8a6b-7c8d9e0f1a2b';
const secretB64 = () => randomBytes(32).toString('base64');

async function setUp(backend: 'os' | 'basic_text' | 'unavailable' = 'os') {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-keys-'));
  const platform = new RecordingPlatform({ keychainBackend: backend });
  return { dir, platform, store: new RememberedKeyStore(platform, dir) };
}

describe('RememberedKeyStore', () => {
  it('keeps a key sealed by the keychain and gives it back', async () => {
    const { dir, store } = await setUp();
    const secret = secretB64();
    await store.remember(VAULT, { partner: 'b', secretB64: secret });
    const onDisk = await readFile(join(dir, REMEMBERED_KEYS_FILE), 'utf8');
    expect(onDisk).not.toContain(secret);
    expect(onDisk).not.toContain(Buffer.from(secret, 'base64').toString('hex'));
    await expect(store.recall(VAULT)).resolves.toEqual({ partner: 'b', secretB64: secret });
  });

  it.each([
    ['basic_text', 'insecure'],
    ['unavailable', 'unavailable'],
  ] as const)('refuses to remember where the keychain is %s, saying why, and writes nothing', async (backend, availability) => {
    const { dir, store } = await setUp(backend);
    expect(store.status()).toMatchObject({ availability, reason: expect.any(String) });
    await expect(store.remember(VAULT, { partner: 'a', secretB64: secretB64() })).rejects.toBeInstanceOf(KeychainUnsafeError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers null, and keeps the entry, when the keychain can no longer unseal it', async () => {
    const { dir, platform, store } = await setUp();
    await store.remember(VAULT, { partner: 'a', secretB64: secretB64() });
    const before = await readFile(join(dir, REMEMBERED_KEYS_FILE), 'utf8');
    platform.keychainKey = randomBytes(32);
    await expect(store.recall(VAULT)).resolves.toBeNull();
    expect(await readFile(join(dir, REMEMBERED_KEYS_FILE), 'utf8')).toBe(before);
  });

  it('forgets a remembered key', async () => {
    const { store } = await setUp();
    await store.remember(VAULT, { partner: 'a', secretB64: secretB64() });
    await store.forget(VAULT);
    await expect(store.recall(VAULT)).resolves.toBeNull();
  });
});
