/**
 * The end-to-end fixtures: `test` gives each test a fresh Hearth (`app`) with its own Chromium profile and
 * main data folder, and fails the test if anything left the app, a CSP violation happened or the page threw.
 */
import { test as base, expect } from '@playwright/test';
import { FirstRunPage, type CreatedVault, type Person } from './pages/VaultPages';
import { HearthApp } from './rig/hearthApp';

export { expect };

export const ADA: Person = { name: 'Ada', passphrase: 'lantern orchard quietly 42' };
export const BO: Person = { name: 'Bo', passphrase: 'harbour violet morning 17' };

/**
 * `vault`: what the app holds when the test starts. 'none' opens on first run; 'couple' has Ada and Bo,
 * created through the first-run screens and unlocked as Ada; 'alone' has only Ada.
 */
export type VaultStart = 'none' | 'couple' | 'alone';

/** `test.use({ colorScheme: 'dark' })` (Playwright's own option) sets the system theme the app sees. */
export interface HearthFixtures {
  vault: VaultStart;
  /** Install Playwright's controllable clock before the app loads (for timers). */
  fakeClock: boolean;
  /** What the operating system's keychain is like. */
  keychain: 'os' | 'basic_text' | 'unavailable';
  /** Main's clock under the test's control (`app.mainClock`); null: the system's clock. */
  mainClock: { startAt: number; timeZone: string } | null;
  /** False to stand for a system that shows no notifications. */
  notificationsSupported: boolean;
  app: HearthApp;
  /** The recovery keys shown at first run (null when the test starts with no vault). */
  created: CreatedVault | null;
}

export const test = base.extend<HearthFixtures>({
  vault: ['couple', { option: true }],
  fakeClock: [false, { option: true }],
  keychain: ['os', { option: true }],
  mainClock: [null, { option: true }],
  notificationsSupported: [true, { option: true }],
  app: async ({ colorScheme, fakeClock, keychain, mainClock, notificationsSupported }, use, testInfo) => {
    const app = new HearthApp({
      baseDir: testInfo.outputPath('hearth'),
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
      beforeLoad: fakeClock ? (page) => page.clock.install() : undefined,
      keychainBackend: keychain,
      mainClock: mainClock ?? undefined,
      notificationsSupported,
    });
    await app.launch();
    await use(app);
    await app.quit();
    expect(app.externalRequests, 'requests that tried to leave the app').toEqual([]);
    expect(app.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(app.pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(app.printer.blockedRequests, 'requests a printed document tried to make').toEqual([]);
  },
  // Auto: every test that uses the app starts with the vault its `vault` option names.
  created: [
    async ({ app, vault }, use) => {
      if (vault === 'none') return use(null);
      const created = await new FirstRunPage(app.page).createVault(vault === 'couple' ? { a: ADA, b: BO } : { a: ADA });
      await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
      await use(created);
    },
    { auto: true },
  ],
});
