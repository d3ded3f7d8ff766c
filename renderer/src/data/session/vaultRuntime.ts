/**
 * The one VaultService of the app, over the real database, a KeyRing and the Argon2id worker. Made on
 * first use and kept for the page's life; `derive` is the same worker-backed derivation the service uses,
 * for the few screens that need a key-encryption key themselves ("Remember me").
 */
import type { DeriveKeyBytes } from '../crypto/argon2';
import { createArgon2Worker } from '../crypto/createArgon2Worker';
import { createKdfClient } from '../crypto/kdfClient';
import { VaultService } from '../service/vaultService';
import { HearthDb } from '../storage/hearthDb';
import { KeyRing } from './keyRing';

export interface VaultRuntime {
  service: VaultService;
  derive: DeriveKeyBytes;
  /** Starts the key-derivation worker ahead of an unlock, so the wait after Enter is the derivation alone. */
  warmUpKdf: () => void;
}

let appRuntime: VaultRuntime | undefined;

export function appVaultRuntime(): VaultRuntime {
  if (!appRuntime) {
    const { derive, warmUp } = createKdfClient(createArgon2Worker);
    appRuntime = { service: new VaultService({ db: new HearthDb(), keys: new KeyRing(), derive }), derive, warmUpKdf: warmUp };
  }
  return appRuntime;
}
