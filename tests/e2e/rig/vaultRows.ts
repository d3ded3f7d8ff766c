/**
 * The vault as IndexedDB holds it, read raw in the page (no Dexie, no key): for before-and-after comparisons,
 * and for filling a vault with many sealed-looking records quickly.
 */
import type { Page } from '@playwright/test';

/** Every row of both tables, bytes as arrays, ids sorted: equal strings mean an identical vault. */
export async function vaultRows(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['records', 'meta'], 'readonly');
          const records = transaction.objectStore('records').getAll();
          const meta = transaction.objectStore('meta').getAll();
          transaction.oncomplete = () => {
            db.close();
            const rows = { meta: meta.result, records: records.result };
            resolve(JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? Array.from(value) : value)));
          };
        };
      }),
  );
}

/** The record ids, sorted. */
export async function recordIds(page: Page): Promise<string[]> {
  const rows = JSON.parse(await vaultRows(page)) as { records: { id: string }[] };
  return rows.records.map((record) => record.id).sort();
}

/** Adds `count` records of kind `marker` with random IV and ciphertext (they do not open: filler for size). */
export async function addFillerRecords(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (total) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('records', 'readwrite');
          const store = transaction.objectStore('records');
          for (let index = 0; index < total; index++) {
            const time = Date.UTC(2020, 0, 1) + index * 60_000;
            store.put({
              id: crypto.randomUUID(),
              kind: 'marker',
              keyId: 'us',
              author: 'a',
              createdAt: time,
              updatedAt: time,
              sealed: { v: 1, iv: crypto.getRandomValues(new Uint8Array(12)), ct: crypto.getRandomValues(new Uint8Array(600)) },
            });
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    count,
  );
}

/**
 * Resolves true once a write transaction over the vault is under way (a read of its header waits more than
 * `blockedMs` behind it), or false after `timeoutMs`: the moment to crash a restore in the middle.
 */
export async function waitForVaultWriteInProgress(page: Page, blockedMs = 150, timeoutMs = 30_000): Promise<boolean> {
  return page.evaluate(
    ([blocked, timeout]) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('hearth');
        request.onsuccess = () => {
          const db = request.result;
          const deadline = performance.now() + timeout;
          const probe = () => {
            const started = performance.now();
            const read = db.transaction('meta', 'readonly').objectStore('meta').count();
            const timer = setTimeout(() => (db.close(), resolve(true)), blocked);
            read.onsuccess = () => {
              clearTimeout(timer);
              if (performance.now() > deadline) return db.close(), resolve(false);
              setTimeout(probe, Math.max(0, 5 - (performance.now() - started)));
            };
          };
          probe();
        };
      }),
    [blockedMs, timeoutMs] as const,
  );
}
