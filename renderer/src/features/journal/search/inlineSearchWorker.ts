/**
 * A stand-in for the search worker that answers on the same thread, a tick later: for tests (Node has no
 * Worker that loads our TypeScript) and nowhere else.
 *
 * Must not: be imported by the app's code, which uses createSearchWorker.
 */
import type { SearchWorker } from './searchClient';
import { createSearchIndex } from './searchIndex';
import type { SearchRequest } from './searchProtocol';

export function createInlineSearchWorker(): SearchWorker {
  const target = new EventTarget();
  const index = createSearchIndex();
  let isTerminated = false;
  return {
    postMessage(message: SearchRequest): void {
      if (isTerminated) return;
      const response = index.answer(structuredClone(message));
      queueMicrotask(() => {
        if (!isTerminated) target.dispatchEvent(new MessageEvent('message', { data: response }));
      });
    },
    addEventListener(type, listener): void {
      target.addEventListener(type, listener);
    },
    terminate(): void {
      isTerminated = true;
    },
  };
}
