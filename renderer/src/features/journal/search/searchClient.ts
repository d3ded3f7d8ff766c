/**
 * The page's side of the search worker: `put`, `remove` and `query` as promises, matched to answers by id.
 * The worker handles messages in order, so a query sent after a `put` sees what was put.
 *
 * Owns: the worker's lifetime (started at once, ended by `dispose`) and the pending requests. Once the worker
 * fails, every call is refused, so the caller falls back to the plain scan. Must not: log, or keep entries.
 */
import type { SearchDocument, SearchRequest } from './searchProtocol';

/** What the client needs of a worker. A DOM `Worker` has this shape; tests pass an inline one. */
export interface SearchWorker {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface SearchClient {
  put(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** The ids of the entries matching every word of the query. */
  query(query: string): Promise<string[]>;
  /** Ends the worker (and its index) and refuses pending and later calls. */
  dispose(): void;
}

interface Pending {
  resolve(ids: string[] | undefined): void;
  reject(error: Error): void;
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export function createSearchClient(workerFactory: () => SearchWorker): SearchClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | null = null;

  const failAll = (error: Error): void => {
    failure ??= error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  let worker: SearchWorker;
  try {
    worker = workerFactory();
  } catch {
    // No worker (refused by the page's policy, say): every call is refused, and the plain scan answers.
    worker = { postMessage: () => undefined, addEventListener: () => undefined, terminate: () => undefined };
    failure = new Error('The search worker could not start.');
  }
  worker.addEventListener('message', (event: Event) => {
    const data = (event as MessageEvent<unknown>).data as Partial<{ id: unknown; ok: unknown; ids: unknown }>;
    const request = typeof data?.id === 'number' ? pending.get(data.id) : undefined;
    if (!request || typeof data.id !== 'number') return;
    pending.delete(data.id);
    if (data.ok === true) request.resolve(Array.isArray(data.ids) ? (data.ids as string[]) : undefined);
    else request.reject(new Error('The search worker refused a request.'));
  });
  const onFailure = (): void => {
    worker.terminate();
    failAll(new Error('The search worker stopped.'));
  };
  worker.addEventListener('messageerror', onFailure);
  worker.addEventListener('error', onFailure);

  const send = (request: Distribute<SearchRequest>): Promise<string[] | undefined> =>
    new Promise((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as SearchRequest);
    });

  return {
    put: async (documents) => {
      await send({ type: 'put', documents });
    },
    remove: async (ids) => {
      await send({ type: 'remove', ids });
    },
    query: async (query) => (await send({ type: 'query', query })) ?? [],
    dispose: () => {
      worker.terminate();
      failAll(new Error('The search client was disposed.'));
    },
  };
}
