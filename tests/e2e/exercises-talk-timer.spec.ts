import { expect, test } from './fixtures';
import { ExercisesPage } from './pages/ExercisesPage';

test.use({ fakeClock: true });

test('the 20-minute talk hands over at 10:00, stops while paused, keeps time while hidden and logs its real length', async ({ app }) => {
  const { page } = app;
  const exercises = new ExercisesPage(page);
  await exercises.openExercise('The 20-minute talk');
  await page.getByRole('button', { name: 'Start the talk timer' }).click();
  await page.getByRole('button', { name: 'Start the talk' }).click();
  await expect(page.getByText('Ada speaks', { exact: true })).toBeVisible();
  await expect(page.getByText("Bo listens — listen, don't interrupt")).toBeVisible();

  await page.clock.runFor('09:50');
  await expect(page.getByText('Turn 1 of 2')).toBeVisible();
  await page.clock.runFor('00:11');
  await expect(page.getByText('Turn 2 of 2')).toBeVisible();
  await expect(page.getByText('Bo speaks', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Pause' }).click();
  const pausedAt = await exercises.timerText();
  // Two minutes paused (under the idle lock's five): the clock on screen does not move.
  await page.clock.runFor('02:00');
  expect(await exercises.timerText()).toBe(pausedAt);
  await page.getByRole('button', { name: 'Resume' }).click();

  // A hidden window: no timer fires for four minutes, yet the countdown has moved on by four minutes.
  const [minutes, seconds] = pausedAt.split(':').map(Number) as [number, number];
  await page.clock.fastForward('04:00');
  await page.clock.runFor('00:01');
  const shown = await exercises.timerText();
  const [shownMinutes, shownSeconds] = shown.split(':').map(Number) as [number, number];
  const movedBy = minutes * 60 + seconds - (shownMinutes * 60 + shownSeconds);
  expect(movedBy).toBeGreaterThanOrEqual(240);
  expect(movedBy).toBeLessThanOrEqual(243);
  await page.clock.runFor('06:10');
  await expect(page.getByRole('heading', { name: 'Time is up. Thank you both.' })).toBeVisible();
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByText(/Saved to your log/)).toBeVisible();
  await page.getByRole('tab', { name: 'Log' }).click();
  await expect(page.getByText(/20 minutes/).first()).toBeVisible();
});
