/**
 * The Argon2id worker: receives `{ id, passphrase, params }` and answers `{ id, ok, keyBytes }` (the key's
 * buffer transferred) or `{ id, ok: false, error }`. Runs the derivation off the page's main thread so the
 * lock screen keeps painting during the ~0.4 s it takes.
 *
 * Owns: only the wiring of `self` to answerKdfRequest (kdfRequestHandler.ts), where the logic and its tests live.
 * Must not: keep the passphrase or the key between messages, or log.
 */
import { answerKdfRequest } from './kdfRequestHandler';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void answerKdfRequest(event.data).then(({ response, transfer }) => {
    self.postMessage(response, { transfer });
  });
});
