/**
 * Runs inside the app's page (evaluated by the benchmark, never shipped): builds a realistic ten-year vault
 * through the app's own VaultService and RecordStore, and times the operations the budgets name.
 */
import { AppreciationRepo } from '../../renderer/src/features/journal/appreciationRepo';
import { filterEntries, NO_FILTERS } from '../../renderer/src/features/journal/journalView';
import type { JournalEntry } from '../../renderer/src/features/journal/appreciation';
import { createSearchClient } from '../../renderer/src/features/journal/search/searchClient';
import { deriveKeyBytes } from '../../renderer/src/data/crypto/argon2';
import { newKdfParams } from '../../renderer/src/data/crypto/kdfParams';
import { KeyRing } from '../../renderer/src/data/session/keyRing';
import { HearthDb } from '../../renderer/src/data/storage/hearthDb';
import type { PutRecordInput } from '../../renderer/src/data/storage/recordStore';
import { VaultService } from '../../renderer/src/data/service/vaultService';
import { generatedYears } from './sampleVault';

const DAY = 86_400_000;

function service(): VaultService {
  return new VaultService({ db: new HearthDb(), keys: new KeyRing(), derive: deriveKeyBytes });
}

async function createVault(passphrases: { a: string; b: string }, years: number): Promise<{ records: number }> {
  const vault = service();
  await vault.create({
    partners: { a: { name: 'Sam', colour: 'ember' }, b: { name: 'Alex', colour: 'sage' } },
    passphrases,
  });
  let records = 0;
  for (const partner of ['a', 'b'] as const) {
    if (partner === 'b') {
      await vault.lock();
      await vault.unlock(passphrases.b);
    }
    const inputs: PutRecordInput<unknown>[] = generatedYears(years, Date.now() - years * 365 * DAY);
    for (let start = 0; start < inputs.length; start += 2_000) {
      await vault.records.putMany(inputs.slice(start, start + 2_000));
    }
    records += inputs.length;
  }
  await vault.lock();
  return { records };
}

async function timeKeyDerivation(): Promise<number> {
  const params = newKdfParams();
  await deriveKeyBytes('warm up the WebAssembly', params);
  const start = performance.now();
  await deriveKeyBytes('a passphrase of ordinary length', params);
  return performance.now() - start;
}

async function timeSaves(passphrase: string, count: number): Promise<number[]> {
  const vault = service();
  await vault.unlock(passphrase);
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await vault.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: `Benchmark entry ${index}: thank you for the tea.`, tags: [] } });
    times.push(performance.now() - start);
  }
  await vault.lock();
  return times;
}

/** Realistic searches: the 3-8 letter words of the generated text. */
const SEARCH_WORDS = 'thank you for the tea this morning and for listening when I talked about work you made me laugh again'
  .split(' ')
  .filter((word) => word.length >= 3 && word.length <= 8);

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

Object.assign(globalThis, { __hearthBench: { createVault, timeKeyDerivation, timeSaves, timeSearch } });
