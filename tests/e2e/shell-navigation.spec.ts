import { expect, test } from './fixtures';
import { PLACES, ShellPage } from './pages/ShellPage';

test('opens on Today and reaches every place from the navigation', async ({ app }) => {
  const shell = new ShellPage(app.page);
  await expect(shell.heading).toHaveText(/Today/);
  for (const place of PLACES) {
    await shell.open(place);
    await expect(shell.link(place)).toHaveAttribute('aria-current', 'page');
    await expect(shell.heading).toBeVisible();
  }
});

test('every place is reachable with the keyboard alone', async ({ app }) => {
  const { page } = app;
  const shell = new ShellPage(page);
  // The skip link comes just before the navigation, and takes you past it.
  await shell.link('Today').focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: /skip to content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shell.link('Today')).toBeFocused();
  // Down the navigation with Tab, then Enter opens the place.
  await page.keyboard.press('Tab');
  await expect(shell.link('Journal')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.link('Journal')).toHaveAttribute('aria-current', 'page');
  // Focus moves to the new screen's heading so a screen reader announces it.
  await expect(shell.heading).toBeFocused();
});

test('opens the place main asks for, as when a tray item is clicked', async ({ app }) => {
  const shell = new ShellPage(app.page);
  app.platform.window.send('navigation:didRequestRoute', { path: '/checkins' });
  await expect(shell.link('Check-ins')).toHaveAttribute('aria-current', 'page');
});
