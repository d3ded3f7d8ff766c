/**
 * Starts the Argon2id worker the way Vite bundles it. Kept apart so tests, which have no Worker and no
 * Vite, never import it: they give kdfClient an inline worker instead.
 */

/** A new Argon2id worker (argon2.worker.ts), as an ES module worker. */
export function createArgon2Worker(): Worker {
  return new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' });
}
