import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';

test('a help directory opens in the browser only through main, only after the person confirms', async ({ app }) => {
  const { page } = app;
  await new ShellPage(page).open('Guidance');
  // The page itself links nowhere outside the app.
  const outsideLinks = await page.locator('a[href^="http"], a[href^="//"], a[target]').count();
  expect(outsideLinks).toBe(0);

  const relate = page.getByRole('button', { name: /^Open relate\.org\.uk/ });
  app.platform.confirmAnswers.push(false);
  await relate.click();
  await expect(page.getByText('Nothing was opened. You are still in Hearth.')).toBeVisible();
  expect(app.platform.confirmRequests.at(-1)?.detail).toContain('https://www.relate.org.uk/');
  expect(app.platform.openedExternal).toEqual([]);

  app.platform.confirmAnswers.push(true);
  await relate.click();
  await expect.poll(() => app.platform.openedExternal).toEqual(['https://www.relate.org.uk/']);
  expect(app.platform.confirmRequests).toHaveLength(2);
});

test('the page cannot use the bridge to open anything but https', async ({ app }) => {
  app.platform.confirmAnswers.push(true, true, true);
  for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://hearth/index.html']) {
    const answer = await app.page.evaluate(
      (target) => (window as never as { hearth: { links: { openExternal(i: object): Promise<unknown> } } }).hearth.links.openExternal({ url: target }),
      url,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  }
  expect(app.platform.confirmRequests).toEqual([]);
  expect(app.platform.openedExternal).toEqual([]);
});
