import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { FirstRunPage, lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import { snapshotDatabase } from './rig/vaultDisk';

test.describe('on a computer with no vault yet', () => {
  test.use({ vault: 'none' });

  test('names with emoji and right-to-left script are kept exactly, behind the lock', async ({ app }) => {
    const { page } = app;
    await new FirstRunPage(page).createVault({
      a: { name: 'Zoë 🌿', passphrase: 'first light over water' },
      b: { name: 'سارة', passphrase: 'second light over hills' },
    });
    await lockFromSidebar(page);
    await new LockScreenPage(page).unlock('first light over water');
    await new ShellPage(page).open('Journal');
    await expect(page.getByLabel('Your note to سارة')).toBeVisible();
    await lockFromSidebar(page);
    await new LockScreenPage(page).unlock('second light over hills');
    await new ShellPage(page).open('Journal');
    await expect(page.getByLabel('Your note to Zoë 🌿')).toBeVisible();
  });

  test('the recovery key can be copied (main grants the page clipboard writing, and nothing more)', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: "Let's begin" }).click();
    await page.getByLabel('Your name').fill('Ada');
    await page.getByRole('radio', { name: /I'm starting on my own/ }).locator('xpath=ancestor::label[1]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('first light over water');
    await page.getByLabel('Type it again').fill('first light over water');
    await page.getByRole('button', { name: 'Seal our journal' }).click();
    await expect(page.getByRole('group', { name: /^Recovery key: / })).toBeVisible({ timeout: 45_000 });
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText(/^Copied\./)).toBeVisible();
    // Reading the clipboard stays refused, as in Electron.
    expect(await page.evaluate(() => navigator.clipboard.readText().then(() => 'read', () => 'refused'))).toBe('refused');
  });

  test('a passphrase that would be quick to guess is refused kindly, with an example of a good one', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: "Let's begin" }).click();
    await page.getByLabel('Your name').fill('Ada');
    await page.getByRole('radio', { name: /I'm starting on my own/ }).locator('xpath=ancestor::label[1]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const weak of ['a', 'password1234']) {
      await page.getByLabel('Passphrase', { exact: true }).fill(weak);
      await page.getByLabel('Type it again').fill(weak);
      await page.getByRole('button', { name: 'Seal our journal' }).click();
      await expect(page.getByText(/such as “copper kettle under the stairs”/)).toBeVisible();
      expect(await snapshotDatabase(page)).toBe('{"meta":[],"records":[]}');
    }
    await page.getByLabel('Passphrase', { exact: true }).fill('first light over water');
    await page.getByLabel('Type it again').fill('first light over water');
    await page.getByRole('button', { name: 'Seal our journal' }).click();
    await expect(page.getByRole('group', { name: /^Recovery key: / })).toBeVisible({ timeout: 45_000 });
  });

  test('a name with a control character gets a clear answer and nothing is created', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: "Let's begin" }).click();
    await page.getByLabel('Your name').fill('Ada\u0007');
    await page.getByRole('radio', { name: /I'm starting on my own/ }).locator('xpath=ancestor::label[1]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('That name has an invisible control character in it.')).toBeVisible();
    expect(await snapshotDatabase(page)).toBe('{"meta":[],"records":[]}');
  });
});

test.describe('with the idle lock on a controlled clock', () => {
  test.use({ fakeClock: true });

  test('locks after five quiet minutes, and not before', async ({ app }) => {
    const { page } = app;
    await page.clock.runFor('04:30');
    await expect(new ShellPage(page).navigation).toBeVisible();
    await page.clock.runFor('01:00');
    await expect(new LockScreenPage(page).passphrase).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });
});
