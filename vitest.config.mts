/** Unit tests live beside the code (`*.test.ts`). They run in Node; the renderer's data layer uses fake-indexeddb. */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'shared'),
      '@renderer': resolve(import.meta.dirname, 'renderer/src'),
    },
  },
  test: {
    include: ['{electron,shared,renderer,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Argon2id at 64 MiB takes a moment on two shared cores.
    testTimeout: 20_000,
  },
});
