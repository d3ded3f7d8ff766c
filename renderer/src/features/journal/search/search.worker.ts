/**
 * The journal's search worker: holds the MiniSearch index of the decrypted entries the page sends it, in
 * memory only, and answers queries. Ended by the page when the journal closes (and so on lock).
 *
 * Owns: only the wiring of `self` to the index (searchIndex.ts), where the logic and its tests live.
 * Must not: read or write any storage, or log.
 */
import { createSearchIndex } from './searchIndex';

const index = createSearchIndex();

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  self.postMessage(index.answer(event.data));
});
