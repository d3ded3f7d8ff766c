/**
 * What the vault looks like from outside the app: raw IndexedDB read in the page (as anyone with the
 * profile could), and the keys a passphrase opens, computed in Node with the app's own crypto.
 */
import type { Page } from '@playwright/test';
import { deriveKeyBytes } from '../../../renderer/src/data/crypto/argon2';
import { kekForSecret, openSlot } from '../../../renderer/src/data/crypto/slotCrypto';
import { findSlot, parseVaultHeader } from '../../../renderer/src/data/crypto/vaultHeader';

/** Every row of the `hearth` database as JSON text, bytes spelled out: equal snapshots mean equal bytes. */
export async function snapshotDatabase(page: Page, stores: string[] = ['meta', 'records']): Promise<string> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hearth');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of names) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(out, (_key, value) => (value instanceof Uint8Array ? `bytes:${Array.from(value).join(',')}` : value));
  }, stores);
}

export type Tampering = { flipByteOf: string } | { swapSealedOf: [string, string] };

/** Changes stored records in the page, as someone tampering with the disk would (no eval: the CSP forbids it). */
export async function tamperWithRecords(page: Page, tampering: Tampering): Promise<void> {
  await page.evaluate(async (change) => {
    type Row = { id: string; sealed: { ct: Uint8Array } };
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('hearth');
      request.onsuccess = () => resolve(request.result);
    });
    const rows = await new Promise<Row[]>((resolve) => {
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => resolve(request.result as Row[]);
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const changed: Row[] = [];
    if ('flipByteOf' in change) {
      const row = byId.get(change.flipByteOf)!;
      row.sealed.ct[Math.floor(row.sealed.ct.length / 2)]! ^= 0x01;
      changed.push(row);
    } else {
      const [first, second] = change.swapSealedOf.map((id) => byId.get(id)!);
      changed.push({ ...first!, sealed: second!.sealed }, { ...second!, sealed: first!.sealed });
    }
    const transaction = db.transaction('records', 'readwrite');
    for (const row of changed) transaction.objectStore('records').put(row);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
  }, tampering);
}

/** The ids and kinds of stored records, newest first (plaintext fields only). */
export async function storedRecordIds(page: Page, kind: string): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('hearth');
      request.onsuccess = () => resolve(request.result);
    });
    const rows = await new Promise<{ id: string; kind: string; createdAt: number }[]>((resolve) => {
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return rows.filter((row) => row.kind === wanted).sort((x, y) => y.createdAt - x.createdAt).map((row) => row.id);
  }, kind);
}

/** The header as stored. */
export async function readHeader(page: Page) {
  const raw = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('hearth');
      request.onsuccess = () => resolve(request.result);
    });
    const row = await new Promise<{ value: unknown } | undefined>((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('vaultHeader');
      request.onsuccess = () => resolve(request.result as { value: unknown } | undefined);
    });
    db.close();
    return row?.value;
  });
  return parseVaultHeader(raw);
}

/** The key-encryption key and the two data keys a partner's passphrase opens. */
export async function keysFor(page: Page, partner: 'a' | 'b', passphrase: string) {
  const header = await readHeader(page);
  const kek = await kekForSecret(header, { kind: 'passphrase', passphrase }, deriveKeyBytes);
  const slot = findSlot(header, partner, 'passphrase');
  if (!slot) throw new Error(`No passphrase slot for ${partner}.`);
  const keys = await openSlot(new Uint8Array(kek), header.vaultId, slot);
  return { kek, us: keys.us, private: keys.private };
}
