import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingPlatform } from '../../platform/recordingPlatform';
import { RememberedKeyStore } from '../../services/rememberedKeyStore';
import { keychainHandlers } from './keychain.handlers';

const VAULT = '3f2b6c1e-9a4d-4e5f-8a6b-7c8d9e0f1a2b';
const SECRET = Buffer.alloc(32, 7).toString('base64');

async function rememberOn(backend: 'os' | 'basic_text' | 'unavailable') {
  const dir = await mkdtemp(join(tmpdir(), 'hearth-keychain-handlers-'));
  const handlers = keychainHandlers(new RememberedKeyStore(new RecordingPlatform({ keychainBackend: backend }), dir));
  return handlers['keychain:remember']({ vaultId: VAULT, partner: 'a', secretB64: SECRET });
}

describe('keychain:remember', () => {
  it('remembers where the keychain protects the key', async () => {
    await expect(rememberOn('os')).resolves.toBeUndefined();
  });

  it.each(['basic_text', 'unavailable'] as const)(
    'answers NOT_ALLOWED with the store’s plain reason where the keychain is %s',
    async (backend) => {
      await expect(rememberOn(backend)).rejects.toMatchObject({
        name: 'ExpectedError',
        code: 'NOT_ALLOWED',
        message: expect.stringMatching(/keychain|passwords/),
      });
    },
  );
});
