/**
 * The Argon2id worker: receives `{ id, passphrase, params }` and answers `{ id, ok, keyBytes }` (the key's
 * buffer transferred) or `{ id, ok: false, error }`; `{ warmUp: true }` readies Argon2id and gets no answer. Runs the derivation off the page's main thread so the
 * lock screen keeps painting during the ~0.4 s it takes.
 *
 * Owns: only the wiring of `self` to answerKdfRequest (kdfRequestHandler.ts), where the logic and its tests live.
 * Must not: keep the passphrase or the key between messages, or log.
 */
import { handleKdfMessage } from './kdfRequestHandler';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleKdfMessage(event.data).then((answer) => {
    if (answer) self.postMessage(answer.response, { transfer: answer.transfer });
  });
});
