/**
 * A stand-in for the Argon2id worker that answers on the same thread: for tests (Node has no Worker that
 * loads our TypeScript) and nowhere else, since it would block the page for the whole derivation.
 *
 * Must not: be imported by the app's code, which uses createArgon2Worker.
 */
import type { KdfWorker } from './kdfClient';
import type { KdfRequest, KdfWarmUp } from './kdfProtocol';
import { handleKdfMessage } from './kdfRequestHandler';

/** A {@link KdfWorker} that runs each message through handleKdfMessage and posts the answer back as an event. */
export function createInlineKdfWorker(): KdfWorker {
  const target = new EventTarget();
  let isTerminated = false;
  return {
    postMessage(message: KdfRequest | KdfWarmUp): void {
      if (isTerminated) return;
      void handleKdfMessage(message).then((answer) => {
        if (answer && !isTerminated) target.dispatchEvent(new MessageEvent('message', { data: answer.response }));
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
