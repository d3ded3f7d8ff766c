/**
 * "Remember me on this computer": one partner's key-encryption key per vault, sealed by the operating
 * system's keychain (Electron's safeStorage) and kept in main's data folder.
 *
 * Refused where the keychain does not really protect anything (Linux's `basic_text` backend) or is missing.
 * If a remembered key can no longer be unsealed (a moved profile, a changed keyring), recall answers null
 * and the person types their passphrase; the vault itself is never touched. Knows nothing of IPC: a refusal is
 * a `KeychainUnsafeError`, which the keychain handlers map to their code.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KeychainStatus, RememberedSecret } from '@shared/ipc/contract';
import type { Platform } from '../platform/Platform';
import { writeAtomically } from './settingsStore';

export const REMEMBERED_KEYS_FILE = 'remembered-keys.json';

/** This computer's keychain would not really protect a key. The message says why, plainly, for the person. */
export class KeychainUnsafeError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'KeychainUnsafeError';
  }
}

const fileSchema = z.record(
  z.string(),
  z.object({ partner: z.enum(['a', 'b']), sealedB64: z.string() }).strict(),
);
type RememberedFile = z.infer<typeof fileSchema>;

export class RememberedKeyStore {
  #platform: Platform;
  #file: string;

  constructor(platform: Platform, dataDir: string) {
    this.#platform = platform;
    this.#file = join(dataDir, REMEMBERED_KEYS_FILE);
  }

  status(): KeychainStatus {
    switch (this.#platform.keychain.backend()) {
      case 'os':
        return { availability: 'available' };
      case 'basic_text':
        return {
          availability: 'insecure',
          reason: 'This computer keeps passwords without encrypting them, so Hearth will not store your key here.',
        };
      case 'unavailable':
        return { availability: 'unavailable', reason: 'This computer offers no keychain Hearth can use.' };
    }
  }

  async remember(vaultId: string, secret: RememberedSecret): Promise<void> {
    const status = this.status();
    if (status.availability !== 'available') throw new KeychainUnsafeError(status.reason);
    const sealed = this.#platform.keychain.encrypt(secret.secretB64);
    const file = await this.#read();
    // One remembered partner per vault on one computer: the person whose computer this is.
    file[vaultId] = { partner: secret.partner, sealedB64: sealed.toString('base64') };
    await writeAtomically(this.#file, `${JSON.stringify(file)}\n`);
  }

  async recall(vaultId: string): Promise<RememberedSecret | null> {
    const entry = (await this.#read())[vaultId];
    if (!entry || this.status().availability !== 'available') return null;
    try {
      return { partner: entry.partner, secretB64: this.#platform.keychain.decrypt(Buffer.from(entry.sealedB64, 'base64')) };
    } catch {
      // The keychain changed under us; keep the entry (it may work again) and let the person type.
      return null;
    }
  }

  async forget(vaultId: string): Promise<void> {
    const file = await this.#read();
    if (!(vaultId in file)) return;
    delete file[vaultId];
    await writeAtomically(this.#file, `${JSON.stringify(file)}\n`);
  }

  async #read(): Promise<RememberedFile> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(this.#file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }
}
