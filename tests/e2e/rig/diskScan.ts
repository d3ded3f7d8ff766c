/**
 * Looks for secrets on disk the way an attacker with the laptop would: every byte of every file under a
 * folder, for a text in UTF-8 and UTF-16 (V8 stores strings in IndexedDB as one-byte Latin-1 or two-byte
 * UTF-16), and for raw key bytes as bytes, hex and base64.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export interface Finding {
  file: string;
  encoding: string;
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** The byte patterns a text can take on disk. */
export function textPatterns(text: string): Record<string, Buffer> {
  return { 'utf-8': Buffer.from(text, 'utf8'), 'utf-16le': Buffer.from(text, 'utf16le') };
}

/** The byte patterns a raw key can take on disk. */
export function keyPatterns(key: Uint8Array): Record<string, Buffer> {
  const raw = Buffer.from(key);
  const base64 = raw.toString('base64');
  return {
    raw,
    hex: Buffer.from(raw.toString('hex')),
    HEX: Buffer.from(raw.toString('hex').toUpperCase()),
    base64: Buffer.from(base64),
    'base64 (utf-16)': Buffer.from(base64, 'utf16le'),
    base64url: Buffer.from(raw.toString('base64url')),
  };
}

/**
 * Desktop Chrome's tab-restore files. Chrome (not Electron, whose profile has no SessionService) snapshots
 * open pages there, form fields included, so an unsaved draft can appear in them while the rig runs in
 * Chromium. They are left out of the scan for that reason alone; everything else in the profile is scanned.
 */
const CHROME_ONLY_SESSION_RESTORE = /^Default[\\/]Sessions[\\/]/;

/** Every file under each folder that contains any of the patterns. */
export async function scanFor(folders: string[], patterns: Record<string, Buffer>): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const folder of folders) {
    for await (const file of filesUnder(folder)) {
      if (CHROME_ONLY_SESSION_RESTORE.test(relative(folder, file))) continue;
      const bytes = await readFile(file).catch(() => Buffer.alloc(0));
      for (const [encoding, pattern] of Object.entries(patterns)) {
        if (bytes.includes(pattern)) findings.push({ file: relative(folder, file), encoding });
      }
    }
  }
  return findings;
}

/**
 * Files under a shared folder (the system's temporary folder) changed since `since`, a few levels deep: what
 * a run may have left there, without reading everyone else's old files.
 */
export async function filesChangedSince(dir: string, since: number, depth = 3): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) found.push(...(await filesChangedSince(path, since, depth - 1)));
    else if (entry.isFile() && ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0) >= since) found.push(path);
  }
  return found;
}

/** Which of the given files contain any of the patterns. */
export async function filesContaining(files: string[], patterns: Record<string, Buffer>): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    for (const [encoding, pattern] of Object.entries(patterns)) {
      if (bytes.includes(pattern)) findings.push({ file, encoding });
    }
  }
  return findings;
}

/**
 * Writes `text` unencrypted into the page's IndexedDB (a database of its own, never Hearth's), so a test can
 * first prove its scan finds plaintext where Hearth's would be, before it trusts the scan's silence.
 */
export function writePlaintextProof(page: Page, text: string): Promise<void> {
  return page.evaluate(
    (proof) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('scan-proof', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('notes');
        request.onsuccess = () => {
          const transaction = request.result.transaction('notes', 'readwrite');
          transaction.objectStore('notes').put({ text: proof }, 'plain');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    text,
  );
}
