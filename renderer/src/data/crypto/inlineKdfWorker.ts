/**
 * A stand-in for the Argon2id worker that answers on the same thread: for tests (Node has no Worker that
 * loads our TypeScript) and nowhere else, since it would block the page for the whole derivation.
 *
 * Must not: be imported by the app's code, which uses createArgon2Worker.
 */
import type { KdfWorker } from './kdfClient';
import type { KdfRequest } from './kdfProtocol';
import { answerKdfRequest } from './kdfRequestHandler';

/** A {@link KdfWorker} that runs each request through answerKdfRequest and posts the answer back as an event. */
export function createInlineKdfWorker(): KdfWorker {
  const target = new EventTarget();
  let isTerminated = false;
  return {
    postMessage(message: KdfRequest): void {
      if (isTerminated) return;
      void answerKdfRequest(message).then(({ response }) => {
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
