/**
 * Starts the search worker the way Vite bundles it. Kept apart so tests, which have no Worker and no Vite,
 * never import it: they give the search client an inline worker instead.
 */

/** A new search worker (search.worker.ts), as an ES module worker. */
export function createSearchWorker(): Worker {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}
