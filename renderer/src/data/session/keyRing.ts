/**
 * The keys of the partner who is here, in memory only, and the one place that answers "are we locked?".
 *
 * Keys are non-extractable CryptoKeys: page code can use them but never read them out. `lock()` drops them
 * and tells every listener, so screens can clear what they show; from then on every repository call fails
 * with `VaultLockedError` until the next unlock.
 */
import type { UnlockedSession } from '../crypto/keySlots';
import type { KeyId, PartnerSlot } from '../storage/storedRecord';

export class VaultLockedError extends Error {
  constructor() {
    super('Hearth is locked. Unlock it to read or write.');
    this.name = 'VaultLockedError';
  }
}

export interface UnlockedKeys {
  partner: PartnerSlot;
  us: CryptoKey;
  private: CryptoKey;
  ids: CryptoKey;
  backup: CryptoKey;
}

type LockListener = () => void;

export class KeyRing {
  #keys: UnlockedKeys | undefined;
  #listeners = new Set<LockListener>();

  get isLocked(): boolean {
    return this.#keys === undefined;
  }

  /** The partner who is here; throws when locked. */
  get partner(): PartnerSlot {
    return this.require().partner;
  }

  unlock(session: Pick<UnlockedSession, 'partner' | 'usKey' | 'privateKey' | 'idKey' | 'backupKey'>): void {
    this.#keys = { partner: session.partner, us: session.usKey, private: session.privateKey, ids: session.idKey, backup: session.backupKey };
  }

  /** Drops the keys and tells every listener. Safe to call when already locked. */
  lock(): void {
    if (!this.#keys) return;
    this.#keys = undefined;
    this.#listeners.forEach((listener) => listener());
  }

  onLock(listener: LockListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  require(): UnlockedKeys {
    if (!this.#keys) throw new VaultLockedError();
    return this.#keys;
  }

  /** The HMAC key that signs backups' manifests (from the Us key, so a backup either partner made opens for both). */
  get backupKey(): CryptoKey {
    return this.require().backup;
  }

  /** The key for a record, or undefined when this partner may not read it (the other's private space). */
  keyFor(keyId: KeyId, author: PartnerSlot): CryptoKey | undefined {
    const keys = this.require();
    if (keyId === 'us') return keys.us;
    return author === keys.partner ? keys.private : undefined;
  }

  /**
   * A record id (UUID form) that is the same for this partner and label on every unlock, and that nobody
   * without the partner's key can compute or recognise: an HMAC of the label, its first 16 bytes shaped as
   * a version-4 UUID so it fits the id the store accepts.
   */
  async derivedId(label: string): Promise<string> {
    const keys = this.require();
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.ids, new TextEncoder().encode(`${keys.partner}\u0000${label}`)));
    const bytes = mac.slice(0, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
