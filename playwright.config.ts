/**
 * End-to-end tests: the built renderer in Debian's Chromium, joined to main's real services in the test
 * process (tests/e2e), and tests of the packaged Electron app that skip where its runtime is absent
 * (tests/electron).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/e2e/rig/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  outputDir: 'test-results/artifacts',
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
