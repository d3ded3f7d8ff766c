import { ADA, expect, test } from './fixtures';
import { ExercisesPage } from './pages/ExercisesPage';
import { ShellPage } from './pages/ShellPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';

/** The talk timer's own screen, as opposed to the talk's page in the library (which has the same title). */
const talkTimerShown = (exercises: ExercisesPage) => exercises.page.getByRole('button', { name: 'Start the talk', exact: true });

test('main asks for the 20-minute talk and the talk timer opens; a path not in the route table is ignored', async ({ app }) => {
  const { page } = app;
  const shell = new ShellPage(page);
  const exercises = new ExercisesPage(page);
  await expect(shell.heading).toHaveText(/Today/);

  app.platform.window.send('navigation:didRequestRoute', { path: '/exercises/talk' });
  await expect(talkTimerShown(exercises)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'The 20-minute talk' })).toBeVisible();
  await expect(shell.link('Exercises')).toHaveAttribute('aria-current', 'page');

  // The contract's types would refuse this; main's payload is checked again in the page all the same.
  const send = app.platform.window.send as (event: string, payload: unknown) => void;
  send('navigation:didRequestRoute', { path: '/exercises/talk/somewhere-else' });
  send('navigation:didRequestRoute', { route: 'journal' });
  app.platform.window.send('navigation:didRequestRoute', { path: '/cards' });
  await expect(shell.link('Cards')).toHaveAttribute('aria-current', 'page');
  await expect(shell.link('Journal')).not.toHaveAttribute('aria-current', 'page');
});

test('a path main asks for while Hearth is locked waits behind the lock screen and opens after unlocking', async ({ app }) => {
  const { page } = app;
  const shell = new ShellPage(page);
  await lockFromSidebar(page);

  app.platform.window.send('navigation:didRequestRoute', { path: '/exercises/talk' });
  const lock = new LockScreenPage(page);
  // The lock screen stays, and shows nothing of the app behind it.
  await page.waitForFunction(() => location.hash === '#/exercises/talk');
  await expect(lock.passphrase).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await lock.unlock(ADA.passphrase);
  await expect(talkTimerShown(new ExercisesPage(page))).toBeVisible();
  await expect(shell.link('Exercises')).toHaveAttribute('aria-current', 'page');
});

test("the browser's back and forward move between the Exercises screen's views", async ({ app }) => {
  const { page } = app;
  const exercises = new ExercisesPage(page);
  await exercises.openExercise('The long hug');
  const hugPage = page.getByRole('heading', { level: 2, name: 'The long hug' });
  await expect(hugPage).toBeVisible();
  await page.getByRole('button', { name: 'Log a session' }).click();
  const logForm = page.getByRole('heading', { level: 2, name: 'Log a session' });
  await expect(logForm).toBeVisible();

  await page.goBack();
  await expect(hugPage).toBeVisible();
  await expect(logForm).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Library' })).toHaveAttribute('aria-selected', 'true');
  await expect(hugPage).toHaveCount(0);
  await page.goForward();
  await expect(hugPage).toBeVisible();
  await page.goForward();
  await expect(logForm).toBeVisible();

  // The in-page Back button still goes where it always went: from the log form to the exercise's page.
  await page.getByRole('button', { name: 'Back to the exercise' }).click();
  await expect(hugPage).toBeVisible();
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByRole('tab', { name: 'Library' })).toHaveAttribute('aria-selected', 'true');
});
