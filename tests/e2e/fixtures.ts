/**
 * The end-to-end fixtures: `test` gives each test a fresh Hearth (`app`) with its own Chromium profile and
 * main data folder, and fails the test if anything left the app, a CSP violation happened or the page threw.
 */
import { test as base, expect } from '@playwright/test';
import { HearthApp } from './rig/hearthApp';

export { expect };

/** `test.use({ colorScheme: 'dark' })` (Playwright's own option) sets the system theme the app sees. */
export const test = base.extend<{ app: HearthApp }>({
  app: async ({ colorScheme }, use, testInfo) => {
    const app = new HearthApp({
      baseDir: testInfo.outputPath('hearth'),
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
    });
    await app.launch();
    await use(app);
    await app.quit();
    expect(app.externalRequests, 'requests that tried to leave the app').toEqual([]);
    expect(app.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(app.pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});
