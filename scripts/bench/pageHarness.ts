/**
 * Runs inside the app's page (evaluated by the benchmark, never shipped): builds the sample couple's vault
 * through the app's own VaultService, RecordStore and repositories, proves every record reads back, and
 * times the operations the budgets name.
 */
import { AppreciationRepo } from '../../renderer/src/features/journal/appreciationRepo';
import { filterEntries, NO_FILTERS } from '../../renderer/src/features/journal/journalView';
import { toPayload, type JournalEntry } from '../../renderer/src/features/journal/appreciation';
import { createSearchClient } from '../../renderer/src/features/journal/search/searchClient';
import { deriveKeyBytes } from '../../renderer/src/data/crypto/argon2';
import { newKdfParams } from '../../renderer/src/data/crypto/kdfParams';
import { KeyRing } from '../../renderer/src/data/session/keyRing';
import { HearthDb } from '../../renderer/src/data/storage/hearthDb';
import { VaultService } from '../../renderer/src/data/service/vaultService';
import type { PartnerSlot } from '../../renderer/src/data/storage/storedRecord';
import { writeCurrentState } from './sampleState';
import { sampleCouple, SAMPLE_WORDS } from './sampleVault';
import { readBack, todayProblems, type ReadBackLine } from './vaultReadBack';
import { timeBackupAndRestore, type BackupTimes } from './backupTiming';

/** Records sealed and stored per transaction. */
const CHUNK = 2_000;

function service(): VaultService {
  return new VaultService({ db: new HearthDb(), keys: new KeyRing(), derive: deriveKeyBytes });
}

/** Tells the benchmark's terminal how far a long step has got (a function the benchmark exposes to the page). */
function progress(text: string): void {
  (globalThis as { __benchProgress?: (text: string) => void }).__benchProgress?.(text);
}

export interface BuiltVault {
  /** Every record in the vault, both partners', history and present state. */
  records: number;
  /** Local days the history covers, today included. */
  days: number;
  readBack: Record<PartnerSlot, ReadBackLine[]>;
  /** What Today's loads did not find, as Sam; empty when all was there. */
  todayProblems: string[];
}

/**
 * Builds the sample couple's vault (sampleVault.ts) ending today: both partners' history through the record
 * store's putMany, a chunk per transaction, then what each has set up by now through the repositories
 * (sampleState.ts); then reads it all back as each partner (vaultReadBack.ts) and runs Today's loads.
 */
async function createVault(passphrases: { a: string; b: string }, years: number): Promise<BuiltVault> {
  progress('generating payloads… ');
  const couple = sampleCouple(years);
  const total = couple.records.a.length + couple.records.b.length;
  const vault = service();
  await vault.create({
    partners: { a: { name: 'Sam', colour: 'ember' }, b: { name: 'Alex', colour: 'sage' } },
    passphrases,
  });
  let stored = 0;
  for (const partner of ['a', 'b'] as const) {
    if (partner === 'b') {
      await vault.lock();
      await vault.unlock(passphrases.b);
    }
    const inputs = couple.records[partner].map((record) => record.input);
    for (let start = 0; start < inputs.length; start += CHUNK) {
      await vault.records.putMany(inputs.slice(start, start + CHUNK));
      stored += Math.min(CHUNK, inputs.length - start);
      if (stored % (CHUNK * 5) < CHUNK) progress(`${stored}/${total} `);
    }
    await writeCurrentState(vault, partner);
  }
  const readBackLines = {} as BuiltVault['readBack'];
  for (const partner of ['b', 'a'] as const) {
    progress(`reading it all back as ${partner === 'a' ? 'Sam' : 'Alex'}… `);
    await vault.lock();
    await vault.unlock(passphrases[partner]);
    readBackLines[partner] = await readBack(vault, couple);
  }
  const days = Math.round(years * 365.25);
  const problems = await todayProblems(vault, days);
  await vault.lock();
  return { records: await new HearthDb().records.count(), days, readBack: readBackLines, todayProblems: problems };
}

async function timeKeyDerivation(): Promise<number> {
  const params = newKdfParams();
  await deriveKeyBytes('warm up the WebAssembly', params);
  const start = performance.now();
  await deriveKeyBytes('a passphrase of ordinary length', params);
  return performance.now() - start;
}

/**
 * Times `count` durable saves of an appreciation, then deletes them again (untimed), so the vault stays the
 * couple's: a hundred entries from this morning would hide tonight's from Today.
 */
async function timeSaves(passphrase: string, count: number): Promise<number[]> {
  const vault = service();
  await vault.unlock(passphrase);
  const times: number[] = [];
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const payload = toPayload({ text: `Benchmark entry ${index}: thank you for the tea.` });
    const start = performance.now();
    ids.push(await vault.records.put({ kind: 'appreciation', keyId: 'us', payload }));
    times.push(performance.now() - start);
  }
  for (const id of ids) await vault.records.delete(id);
  await vault.lock();
  return times;
}

/** Realistic searches: the 3-8 letter words of the generated text. */
const SEARCH_WORDS = SAMPLE_WORDS.filter((word) => word.length >= 3 && word.length <= 8);

/**
 * The journal's search, as the screen runs it, with the app's own built search worker (`workerUrl`, one of
 * the renderer's assets): reads the partner's whole history a page at a time as useJournalEntries does,
 * feeding each page to the worker as it arrives, and times from the first read to the index answering
 * ready; then times queries (worker round trip and the history's filtering) for `queries` searches.
 */
async function timeSearch(
  passphrase: string,
  workerUrl: string,
  queries: number,
): Promise<{ entries: number; readyMs: number; queryMs: number[]; longTasks: number[] }> {
  const vault = service();
  await vault.unlock(passphrase);
  const repo = new AppreciationRepo(vault.records);
  const client = createSearchClient(() => new Worker(new URL(workerUrl, location.href), { type: 'module' }));
  try {
    const entries: JournalEntry[] = [];
    const puts: Promise<void>[] = [];
    // Main-thread tasks over 50 ms while the history is read and indexed (the browser reports only those).
    // A task that began before `start` (the unlock's own work) is not the index's: it is left out.
    const longTasks: number[] = [];
    const start = performance.now();
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => entry.startTime >= start && longTasks.push(entry.duration)),
    );
    observer.observe({ type: 'longtask' });
    let page = await repo.page({ limit: 60 });
    for (;;) {
      entries.push(...page.entries);
      const documents = page.entries.flatMap((entry) => (entry.status === 'ok' ? [{ id: entry.id, text: entry.text, tags: entry.tags }] : []));
      puts.push(client.put(documents));
      if (!page.next) break;
      await new Promise((resolve) => setTimeout(resolve, 0));
      page = await repo.page({ after: page.next, limit: 150 });
    }
    await Promise.all(puts);
    const readyMs = performance.now() - start;
    observer.disconnect();

    const queryMs: number[] = [];
    for (let index = 0; index < queries; index += 1) {
      const query = SEARCH_WORDS[(index * 7) % SEARCH_WORDS.length]!;
      const began = performance.now();
      const hits = new Set(await client.query(query));
      filterEntries(entries, { ...NO_FILTERS, query }, hits);
      queryMs.push(performance.now() - began);
    }
    return { entries: entries.length, readyMs, queryMs, longTasks };
  } finally {
    client.dispose();
    await vault.lock();
  }
}

/** Backup and restore of the whole vault, as Sam (backupTiming.ts). */
async function timeBackups(passphrase: string): Promise<BackupTimes> {
  const vault = service();
  await vault.unlock(passphrase);
  try {
    return await timeBackupAndRestore(vault, passphrase);
  } finally {
    await vault.lock();
  }
}

Object.assign(globalThis, { __hearthBench: { createVault, timeKeyDerivation, timeSaves, timeSearch, timeBackups } });
