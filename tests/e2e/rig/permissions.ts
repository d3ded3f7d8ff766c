/**
 * The page gets exactly the permissions main would give it in Electron: for every permission Electron's
 * handlers can be asked about, the rig asks main's own `decidePermission`, and grants the app's origin
 * those it allows. Playwright's `grantPermissions` (DevTools `Browser.grantPermissions`) refuses every
 * permission it does not list, for as long as the browser runs. Without this, headless Chromium's defaults
 * decide, and a test could pass on a permission Electron refuses, as "Copy" once did.
 */
import type { BrowserContext } from '@playwright/test';
import { decidePermission } from '../../../electron/security/navigationPolicy';

/** Chromium's (and Playwright's) names for the permissions Electron's handlers see under another name. */
const CHROMIUM_NAMES: Record<string, string[]> = {
  'clipboard-sanitized-write': ['clipboard-write'],
  'clipboard-read': ['clipboard-read'],
  notifications: ['notifications'],
  geolocation: ['geolocation'],
  media: ['camera', 'microphone'],
  midi: ['midi'],
  // 'persistent-storage' has no Playwright name, so the rig refuses it where Electron grants it: the page
  // then hears "not persistent", an answer it must handle anyway (Settings › Security says so).
};

/** Applies main's decisions to the page's origin; `origin` stands in for `app://hearth` in the rig. */
export async function applyMainPermissions(context: BrowserContext, origin: string): Promise<void> {
  const granted = Object.entries(CHROMIUM_NAMES)
    .filter(([electronName]) => decidePermission(electronName, `${origin}/index.html`, { devServerOrigin: origin }))
    .flatMap(([, names]) => names);
  await context.clearPermissions();
  await context.grantPermissions(granted, { origin });
}
