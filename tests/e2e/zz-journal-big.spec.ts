// Throwaway: the Journal over a ten-year vault. Deleted before hand-off.
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, test } from './fixtures';

const PASSPHRASES = { a: 'benchmark passphrase for sam', b: 'benchmark passphrase for alex' };
test.use({ vault: 'none' });

async function bundle(file: string) {
  const result = await build({ entryPoints: [file], bundle: true, format: 'iife', target: 'chrome120', write: false, logLevel: 'warning' });
  return result.outputFiles[0]!.text;
}

test('journal over ten years', async ({ app }) => {
  test.setTimeout(600_000);
  const harness = await bundle(join(__dirname, '../../scripts/bench/pageHarness.ts'));
  const built = await app.page.evaluate(`${harness}\n__hearthBench.createVault(${JSON.stringify(PASSPHRASES)}, 10)`);
  console.log('built', built);
  const measure = await bundle('/tmp/newestHarness.ts');
  console.log('store', JSON.stringify(await app.page.evaluate(`${measure}\n__measure(${JSON.stringify(PASSPHRASES.a)})`)));
  await app.restart();
  const page = app.page;
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASES.a);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: false });
  });
  const start = Date.now();
  await page.getByRole('link', { name: /Journal/ }).click();
  const list = page.getByRole('list', { name: 'Your journal' });
  await expect(list.getByRole('article').first()).toBeVisible();
  console.log('first entries after', Date.now() - start, 'ms');
  await expect.poll(() => page.getByLabel('Month').locator('option').count(), { timeout: 120_000 }).toBeGreaterThan(115);
  console.log('all loaded after', Date.now() - start, 'ms');
  console.log('long tasks', await page.evaluate(() => (window as unknown as { __long: number[] }).__long.splice(0)));
  const search = page.getByRole('searchbox', { name: 'Search your journal' });
  const times: number[] = [];
  for (const word of ['laugh', 'listening', 'tea morning', 'zzz', 'work', 'again', 'x', 'xy', 'thank', 'me when']) {
    await search.fill('');
    await page.waitForTimeout(200);
    const t = await page.evaluate(async (w) => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      const status = document.querySelector('form[role=search]')!.nextElementSibling!;
      const before = status.textContent;
      const t0 = performance.now();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, w);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => (status.textContent !== before ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, word);
    times.push(Math.round(t));
  }
  console.log('search ms', times);
  console.log('long tasks while searching', await page.evaluate(() => (window as unknown as { __long: number[] }).__long.splice(0)));
});
