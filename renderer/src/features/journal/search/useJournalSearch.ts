/**
 * The journal's background search index, for as long as the history is on screen: starts the search worker,
 * feeds it the readable entries the page has already decrypted (as they load, and as they are written,
 * edited or deleted), and says when it is ready: the whole history loaded and indexed. Until then, and if the
 * worker ever fails, `isReady` stays false and the history answers with its plain in-memory scan.
 *
 * Owns: the worker's lifetime. It is terminated, index and all, when the journal unmounts, which it does on
 * lock. Must not: send the worker unreadable entries, or anything but id, text and tags.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../appreciation';
import type { LoadState } from '../journalEntriesState';
import { createSearchWorker } from './createSearchWorker';
import { createSearchClient, type SearchClient, type SearchWorker } from './searchClient';
import type { SearchDocument } from './searchProtocol';

export interface JournalSearch {
  /** True once the whole history is indexed; `query` answers only then. */
  isReady: boolean;
  /** The ids of the entries matching every word (the last as a prefix), or a rejection if the index failed. */
  query: (query: string) => Promise<string[]>;
}

export function useJournalSearch(
  entries: readonly JournalEntry[],
  load: LoadState,
  workerFactory: () => SearchWorker = createSearchWorker,
): JournalSearch {
  const client = useRef<SearchClient | null>(null);
  // What the worker holds: each id with the (never mutated) entry object it was sent.
  const sent = useRef(new Map<string, JournalEntry>());
  const [readyClient, setReadyClient] = useState<SearchClient | null>(null);
  const [failedClient, setFailedClient] = useState<SearchClient | null>(null);

  // Declared first, so it runs before the effect below that feeds the worker.
  useEffect(() => {
    const started = createSearchClient(workerFactory);
    client.current = started;
    sent.current = new Map();
    return () => {
      started.dispose();
      if (client.current === started) client.current = null;
      sent.current = new Map();
    };
  }, [workerFactory]);

  useEffect(() => {
    const current = client.current;
    if (!current) return;
    const known = sent.current;
    const documents: SearchDocument[] = [];
    const present = new Set<string>();
    const removed: string[] = [];
    for (const entry of entries) {
      present.add(entry.id);
      if (known.get(entry.id) === entry) continue;
      if (entry.status === 'ok') documents.push({ id: entry.id, text: entry.text, tags: entry.tags });
      else if (known.has(entry.id)) removed.push(entry.id);
      known.set(entry.id, entry);
    }
    for (const id of known.keys()) {
      if (!present.has(id)) {
        removed.push(id);
        known.delete(id);
      }
    }
    const work: Promise<void>[] = [];
    if (removed.length > 0) work.push(current.remove(removed));
    if (documents.length > 0) work.push(current.put(documents));
    const isWhole = load === 'complete';
    Promise.all(work).then(
      () => {
        // Once the whole history is in, the index stays ready: later changes reach it before later queries.
        if (isWhole && client.current === current) setReadyClient(current);
      },
      () => {
        if (client.current === current) setFailedClient(current);
      },
    );
  }, [entries, load]);

  const query = useCallback(
    (text: string) => client.current?.query(text) ?? Promise.reject(new Error('The search index is not running.')),
    [],
  );

  const isReady = readyClient !== null && readyClient !== failedClient;
  return { isReady, query };
}
