import { BO, expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';

test('names can be changed in Settings, and the change reaches the other partner', async ({ app }) => {
  const { page } = app;
  await new ShellPage(page).open('Settings');
  const partners = page.getByRole('form', { name: 'Partners' });
  await partners.getByLabel("Your partner's name").fill('Bodhi');
  await partners.getByRole('button', { name: 'Save names and colours' }).click();
  await expect(partners.getByRole('status')).toHaveText('Saved.');
  await new ShellPage(page).open('Journal');
  await expect(page.getByLabel('Your note to Bodhi')).toBeVisible();

  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(BO.passphrase);
  await new ShellPage(page).open('Settings');
  await expect(page.getByRole('form', { name: 'Partners' }).getByLabel('Your name')).toHaveValue('Bodhi');
});

test('an empty name gets a clear message and nothing is saved', async ({ app }) => {
  const { page } = app;
  await new ShellPage(page).open('Settings');
  const partners = page.getByRole('form', { name: 'Partners' });
  await partners.getByLabel('Your name').fill('   ');
  await partners.getByRole('button', { name: 'Save names and colours' }).click();
  await expect(partners.getByText('Please add a name.')).toBeVisible();
  await new ShellPage(page).open('Journal');
  await expect(page.getByRole('heading', { name: 'Write to Bo' })).toBeVisible();
});
