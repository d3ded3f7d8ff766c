import { BO, expect, test } from './fixtures';
import { JournalPage } from './pages/JournalPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';

test('write to each other, find it, filter by author, edit, delete and undo; a private entry stays private', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('Thank you for the tea this morning, it set the whole day right.');
  await journal.write('A note only Ada should ever see.', { privately: true });
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(BO.passphrase);
  await journal.open();
  await expect(journal.entry('Thank you for the tea')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('only Ada should ever see');
  await journal.write('You listened when I talked about work. I noticed.');

  await journal.search('listened');
  await expect(journal.entry('You listened')).toBeVisible();
  await expect(journal.entry('Thank you for the tea')).toHaveCount(0);
  await journal.search('');
  await page.getByRole('radio', { name: 'Ada', exact: true }).locator('xpath=ancestor::label[1]').click();
  await expect(journal.entry('Thank you for the tea')).toBeVisible();
  await expect(journal.entry('You listened')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Both', exact: true }).locator('xpath=ancestor::label[1]').click();

  // Bo may not change Ada's words.
  await expect(journal.entry('Thank you for the tea').getByRole('button', { name: /Edit|Delete/ })).toHaveCount(0);
  const mine = journal.entry('You listened');
  await mine.getByRole('button', { name: /^Edit/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Your note/).fill('You listened when I talked about work. I noticed, and it helped.');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(journal.entry('and it helped')).toBeVisible();

  await journal.entry('and it helped').getByRole('button', { name: 'Delete' }).click();
  await expect(journal.entry('and it helped')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(journal.entry('and it helped')).toBeVisible();
});

const HOSTILE = [
  '<img src=x onerror="document.title=\'pwned\'">',
  '<svg onload="document.title=\'pwned\'"><circle r=5></circle></svg>',
  '<a href="javascript:document.title=\'pwned\'">click me</a>',
  '<script>document.title="pwned"</script>',
  '"><iframe srcdoc="<script>parent.document.title=1</script>">',
  '<style>body{display:none}</style>',
];

test('emoji, right-to-left text and HTML are kept as words, and nothing runs', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('شكراً لأنك كنت هناك 🌿 and thank you 💛');
  for (const payload of HOSTILE) await journal.write(`Words then ${payload}`);
  for (const payload of HOSTILE) await expect(journal.entry(payload).first()).toBeVisible();
  await expect(journal.entry('شكراً لأنك كنت هناك')).toBeVisible();
  expect(await page.title()).toBe('Hearth');
  expect(await page.locator('main img, main svg[onload], main iframe, main script').count()).toBe(0);
});

test('20,000 characters fit in one entry; one more gets a clear message and the words are kept', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  const long = 'a'.repeat(19_990) + ' the end.';
  await journal.note.fill(`${long}x`.padEnd(20_001, 'x'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '20,000 characters' }).first()).toBeVisible();
  await expect(journal.note).toHaveValue(`${long}x`.padEnd(20_001, 'x'));
  await journal.note.fill(long.padEnd(20_000, '.'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(journal.entry('the end.')).toBeVisible();
});
