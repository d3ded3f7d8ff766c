import { BO, expect, test } from './fixtures';
import { ExercisesPage } from './pages/ExercisesPage';
import { LockScreenPage, lockFromSidebar } from './pages/VaultPages';

test('sensate focus opens the next stage only when both partners are ready, at the pace of the slower one', async ({ app }) => {
  const { page } = app;
  const exercises = new ExercisesPage(page);
  await exercises.openSensateFocus();
  await expect(exercises.stage(1)).toContainText('Open');
  await expect(exercises.stage(2)).toContainText('Not open yet');

  // Skipping ahead: stage 2 stays closed and says why, calmly.
  await exercises.stage(2).click();
  await expect(page.getByText('Stage 2 is not open yet.', { exact: false })).toBeVisible();
  await expect(page.getByText(/at the pace of whichever of you would like to go more slowly/)).toBeVisible();
  await page.getByRole('button', { name: 'Understood' }).click();
  await expect(page.getByRole('heading', { name: 'Gentle touch, taking turns' })).toBeVisible();
  await expect(exercises.readySwitch).toHaveCount(0);

  // Two sessions together at stage 1.
  await exercises.logSensateSession(1);
  await expect(page.getByText('One session so far.')).toBeVisible();
  await exercises.logSensateSession(1);
  await expect(page.getByText('2 sessions so far.')).toBeVisible();

  // Ada is ready; Bo is not yet: stage 2 stays closed.
  await exercises.markReady();
  const whoIsReady = page.getByRole('list', { name: 'Who is ready' });
  await expect(whoIsReady).toContainText('Ada (you): ready');
  await expect(whoIsReady).toContainText('Bo: waiting');
  await expect(exercises.stage(2)).toContainText('Not open yet');
  await exercises.stage(2).click();
  await expect(page.getByText('Stage 2 is not open yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Understood' }).click();

  // Bo unlocks and says he is ready too: stage 2 opens.
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(BO.passphrase);
  await exercises.openSensateFocus();
  await expect(exercises.stage(2)).toContainText('Not open yet');
  await expect(page.getByRole('list', { name: 'Who is ready' })).toContainText('Ada: ready');
  await exercises.markReady();
  await expect(page.getByText(/You have both said you are ready\. Stage 2/)).toBeVisible();
  await expect(exercises.stage(2)).not.toContainText('Not open yet');
  await exercises.stage(2).click();
  await expect(page.getByRole('heading', { name: 'More skin, more of the body' })).toBeVisible();
  await expect(exercises.stage(2)).toContainText('Open · shown below');
});
