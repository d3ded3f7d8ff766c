/**
 * The vault as the screens use it: is there one, create it, unlock it, lock it, change a passphrase, let
 * the second partner join. Stores the header; holds keys only through the KeyRing.
 *
 * Never loses words: a wrong passphrase writes nothing; a header change is one strict-durability write of
 * a header that was fully built and checked first; nothing here ever deletes a record.
 */
import type { OpenedBackup, VaultSummary } from '../backup/openBackup';
import type { HearthExport } from '@shared/export/openExport';
import type { ImportReport } from '../export/openExportIo';
import type { DeriveKeyBytes } from '../crypto/argon2';
import {
  addPartner,
  changePassphrase,
  createVaultKeys,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type PartnerSecret,
  type UnlockedSession,
} from '../crypto/keySlots';
import type { KdfParams } from '../crypto/kdfParams';
import { parseVaultHeader, partnersOf, type VaultHeader } from '../crypto/vaultHeader';
import type { KeyRing } from '../session/keyRing';
import type { HearthDb } from '../storage/hearthDb';
import { RecordStore } from '../storage/recordStore';
import type { PartnerSlot, RecordKind } from '../storage/storedRecord';
import { DraftStore } from '../drafts/draftStore';
import { ProfileRepo, type PartnerProfile } from './profileRepo';

/** Work that must finish before the keys are dropped (saving open drafts). */
export type BeforeLock = () => Promise<void>;

export interface NewVaultInput {
  partners: { a: PartnerProfile; b?: PartnerProfile };
  passphrases: { a: string; b?: string };
}

export interface VaultServiceOptions {
  db: HearthDb;
  keys: KeyRing;
  derive: DeriveKeyBytes;
  /** Only tests pass cheaper parameters; the app always uses the defaults. */
  kdf?: KdfParams;
}

export class VaultService {
  readonly records: RecordStore;
  readonly profiles: ProfileRepo;
  readonly drafts: DraftStore;
  #beforeLock = new Set<BeforeLock>();
  #db: HearthDb;
  #keys: KeyRing;
  #derive: DeriveKeyBytes;
  #kdf: KdfParams | undefined;
  #unlockedWith: UnlockedSession['unlockedWith'] | undefined;

  constructor(options: VaultServiceOptions) {
    this.#db = options.db;
    this.#keys = options.keys;
    this.#derive = options.derive;
    this.#kdf = options.kdf;
    this.records = new RecordStore(options.db, options.keys);
    this.profiles = new ProfileRepo(this.records);
    this.drafts = new DraftStore(this.records);
  }

  get keys(): KeyRing {
    return this.#keys;
  }

  /** True when the partner who is here unlocked with a recovery key and should choose a new passphrase. */
  get needsNewPassphrase(): boolean {
    return !this.#keys.isLocked && this.#unlockedWith === 'recovery';
  }

  /** The stored header, or null before the first run. Throws for a header that is damaged or weakened. */
  async readHeader(): Promise<VaultHeader | null> {
    const row = await this.#db.meta.get('vaultHeader');
    return row ? parseVaultHeader(row.value) : null;
  }

  /**
   * True when any record is stored, whatever the header says. Without a header, records mean a vault whose
   * lock information went missing: it needs attention, and must never be created over.
   */
  async hasRecords(): Promise<boolean> {
    return (await this.#db.records.limit(1).primaryKeys()).length > 0;
  }

  /** Which partners have a passphrase in this vault. */
  async partners(): Promise<PartnerSlot[]> {
    const header = await this.readHeader();
    return header ? partnersOf(header) : [];
  }

  /** Creates the vault, unlocks it for partner a, and answers each partner's recovery key (to show once). */
  async create(input: NewVaultInput): Promise<{ a: string; b?: string }> {
    if (await this.readHeader()) throw new Error('This computer already has a Hearth vault.');
    // Records without a header are someone's words whose keys went missing: creating a vault would orphan them.
    if (await this.hasRecords()) throw new Error('This computer already has Hearth entries; they need attention first.');
    const partners = input.partners.b ? (['a', 'b'] as const) : (['a'] as const);
    const created = await createVaultKeys({ partners, passphrases: input.passphrases, derive: this.#derive, kdf: this.#kdf });
    await this.#writeHeader(created.header);
    this.#open(created.session);
    await this.profiles.save('a', input.partners.a);
    if (input.partners.b) await this.profiles.saveFor('b', input.partners.b);
    return created.recoveryKeys;
  }

  /** Unlocks with a passphrase; throws WrongSecretError (and writes nothing) when it fits no partner. */
  async unlock(passphrase: string): Promise<PartnerSlot> {
    const header = await this.#requireHeader();
    const session = await unlockWithPassphrase(header, passphrase, this.#derive);
    this.#open(session);
    return session.partner;
  }

  /** Unlocks with a recovery key; the screens then ask for a new passphrase. */
  async unlockWithRecovery(recoveryKey: string): Promise<PartnerSlot> {
    const header = await this.#requireHeader();
    const session = await unlockWithRecoveryKey(header, recoveryKey);
    this.#open(session);
    return session.partner;
  }

  /** Re-wraps the present partner's keys under a new passphrase; no record is re-encrypted. */
  async changePassphrase(current: PartnerSecret, next: string): Promise<void> {
    const header = await this.#requireHeader();
    const updated = await changePassphrase(header, this.#keys.partner, current, next, this.#derive);
    await this.#writeHeader(updated);
    this.#unlockedWith = 'passphrase';
  }

  /** Lets the second partner join: the present partner proves themselves again; answers b's recovery key. */
  async addPartner(input: { current: PartnerSecret; profile: PartnerProfile; passphrase: string }): Promise<string> {
    const header = await this.#requireHeader();
    const added = await addPartner(header, {
      existing: { partner: this.#keys.partner, secret: input.current },
      newPassphrase: input.passphrase,
      derive: this.#derive,
    });
    await this.#writeHeader(added.header);
    await this.profiles.saveFor('b', input.profile);
    return added.recoveryKey;
  }

  /**
   * The whole vault as backup text (header, key slots and every record of both partners, as stored), with
   * its manifest signed by the backup key. Needs the vault unlocked; decrypts nothing.
   */
  async makeBackup(now: number = Date.now()): Promise<string> {
    const backupKey = this.#keys.backupKey;
    // Backup, restore and open export load on first use: they are not needed to start or unlock.
    const [{ encodeBackup }, { readSnapshot }] = await Promise.all([import('../backup/backupCodec'), import('../backup/vaultSnapshot')]);
    return encodeBackup(await readSnapshot(this.#db), backupKey, now);
  }

  /** What the vault on this computer holds, from the index alone (no record opened): restore's "replaces". */
  async summary(): Promise<Omit<VaultSummary, 'names'>> {
    const { summarise } = await import('../backup/openBackup');
    const keys = (await this.#db.records.orderBy('[kind+createdAt]').keys()) as unknown[];
    // Dexie types compound index keys loosely; each is [kind, createdAt] by the schema.
    return summarise(keys.flatMap((key) => (Array.isArray(key) ? [{ kind: key[0] as RecordKind, createdAt: key[1] as number }] : [])));
  }

  /**
   * Replaces the whole vault with a backup that was checked and opened, in one strict transaction, and
   * leaves the partner whose secret opened it unlocked in the restored vault. Open drafts are saved first
   * (into the vault being replaced, as the preview said), so no late write can land in the restored one.
   * A failure changes nothing and keeps the present keys.
   */
  async restore(opened: OpenedBackup): Promise<void> {
    if (!this.#keys.isLocked) {
      await Promise.allSettled([...this.#beforeLock].map((work) => work()));
      await this.drafts.settled();
    }
    const { replaceVault } = await import('../backup/vaultSnapshot');
    await replaceVault(this.#db, opened.backup);
    this.#unlockedWith = undefined;
    this.#keys.lock();
    this.#open(opened.session);
  }

  /** What the partner who is here may read, decrypted, as open export JSON (not encrypted: warn first). */
  async exportReadable(now: number = Date.now()): Promise<{ text: string; count: number; unreadable: number }> {
    const { buildExport } = await import('../export/openExportIo');
    return buildExport(this.records, now);
  }

  /** Imports a checked open export: the present partner's own records not already here, all at once. */
  async importRecords(exported: HearthExport): Promise<ImportReport> {
    const { importExport } = await import('../export/openExportIo');
    return importExport(this.records, exported);
  }

  /**
   * Registers work to run before every lock, such as saving an open draft; answers a function that
   * unregisters it. A lock waits for it however long the disk takes, then drops the keys whatever happened.
   */
  beforeLock(work: BeforeLock): () => void {
    this.#beforeLock.add(work);
    return () => void this.#beforeLock.delete(work);
  }

  /** Saves open drafts, then drops the keys. Every repository call fails with VaultLockedError after. */
  async lock(): Promise<void> {
    if (this.#keys.isLocked) return;
    // No time limit: dropping the keys while a draft is still being sealed would lose the words in it.
    await Promise.allSettled([...this.#beforeLock].map((work) => work()));
    await this.drafts.settled();
    this.#unlockedWith = undefined;
    this.#keys.lock();
  }

  #open(session: UnlockedSession): void {
    this.#unlockedWith = session.unlockedWith;
    this.#keys.unlock(session);
  }

  async #requireHeader(): Promise<VaultHeader> {
    const header = await this.readHeader();
    if (!header) throw new Error('There is no vault on this computer yet.');
    return header;
  }

  async #writeHeader(header: VaultHeader): Promise<void> {
    const checked = parseVaultHeader(header);
    await this.#db.transaction('rw', this.#db.meta, async () => {
      await this.#db.meta.put({ key: 'vaultHeader', value: checked });
    });
  }
}
