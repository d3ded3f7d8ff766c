/**
 * Never lose words: every free-text field keeps what was typed through a lock and through the browser being
 * killed; a full disk during a save is told calmly and loses nothing; a vault whose header went missing, or a
 * record damaged on disk, never costs the rest.
 */
import type { Page } from '@playwright/test';
import { ADA, expect, test } from './fixtures';
import { CheckinsPage } from './pages/CheckinsPage';
import { JournalPage } from './pages/JournalPage';
import { ShellPage } from './pages/ShellPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import { snapshotDatabase, storedRecordIds, tamperWithRecords } from './rig/vaultDisk';

async function lockAndUnlock(page: Page): Promise<void> {
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(ADA.passphrase);
  await expect(new ShellPage(page).heading).toBeVisible();
}

/** Opens a place by its address, as the tray or a bookmark would. */
async function openPath(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), path);
}

const FIELDS: { name: string; open: (page: Page) => Promise<void>; field: (page: Page) => ReturnType<Page['getByLabel']> }[] = [
  { name: "the journal's composer", open: (page) => new JournalPage(page).open(), field: (page) => new JournalPage(page).note },
  {
    name: "a check-in's “How are you doing?”",
    open: (page) => new CheckinsPage(page).open(),
    field: (page) => page.getByLabel('How are you doing?'),
  },
  {
    name: "the tank check's note",
    open: (page) => new ShellPage(page).open('Love languages'),
    field: (page) => page.getByLabel('What would help fill it a little this week?'),
  },
  {
    name: "an exercise log's reflection",
    open: (page) => openPath(page, '/exercises/active-listening/log'),
    field: (page) => page.getByLabel('A few words about it, if you like'),
  },
];

for (const { name, open, field } of FIELDS) {
  test(`${name} keeps what was typed through a lock`, async ({ app }) => {
    const { page } = app;
    const words = `Words typed into ${name} just before the lock 🌿`;
    await open(page);
    await field(page).fill(words);
    await lockAndUnlock(page);
    await open(page);
    await expect(field(page)).toHaveValue(words);
  });

  test(`${name} keeps what was typed through the browser being killed`, async ({ app }) => {
    const words = `Words typed into ${name} when the power went 🕯️`;
    await open(app.page);
    const draftsBefore = (await storedRecordIds(app.page, 'draft')).length;
    await field(app.page).fill(words);
    // Words are sealed a moment after typing stops: wait for the draft on disk, as a person pauses.
    await expect.poll(async () => (await storedRecordIds(app.page, 'draft')).length).toBeGreaterThan(draftsBefore);
    await app.crash();
    await new LockScreenPage(app.page).unlock(ADA.passphrase);
    await expect(new ShellPage(app.page).heading).toBeVisible();
    await open(app.page);
    await expect(field(app.page)).toHaveValue(words);
  });
}

test('the edit dialog keeps a change in progress when the computer sleeps', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('The first version of this note');
  await journal.entry('The first version').getByRole('button', { name: 'Edit' }).click();
  const dialogNote = page.getByRole('dialog').getByRole('textbox', { name: /note/i });
  await dialogNote.fill('A better version, not saved yet');
  // The dialog is modal, so the sidebar's Lock is out of reach: the computer going to sleep locks instead.
  app.platform.simulate.suspend();
  await new LockScreenPage(page).unlock(ADA.passphrase);
  await expect(new ShellPage(page).heading).toBeVisible();
  await journal.open();
  await journal.entry('The first version').getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: /note/i })).toHaveValue('A better version, not saved yet');
  await expect(page.getByRole('dialog').getByText('We kept the changes you were making.')).toBeVisible();
});

test('the edit dialog keeps a change in progress through the browser being killed', async ({ app }) => {
  const journal = new JournalPage(app.page);
  await journal.open();
  await journal.write('A note about to be rewritten');
  await journal.entry('A note about to be rewritten').getByRole('button', { name: 'Edit' }).click();
  const draftsBefore = (await storedRecordIds(app.page, 'draft')).length;
  await app.page.getByRole('dialog').getByRole('textbox', { name: /note/i }).fill('The rewrite that was under way');
  await expect.poll(async () => (await storedRecordIds(app.page, 'draft')).length).toBeGreaterThan(draftsBefore);
  await app.crash();
  await new LockScreenPage(app.page).unlock(ADA.passphrase);
  const reopened = new JournalPage(app.page);
  await reopened.open();
  await reopened.entry('A note about to be rewritten').getByRole('button', { name: 'Edit' }).click();
  await expect(app.page.getByRole('dialog').getByRole('textbox', { name: /note/i })).toHaveValue('The rewrite that was under way');
});

test('a full disk during a save says so, keeps the words, and saving works once there is room', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    Object.assign(window, { __roomAgain: () => (IDBObjectStore.prototype.put = put) });
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'records') throw new DOMException('The disk is full.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await journal.note.fill('Thank you for staying up with me');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'out of space' })).toBeVisible();
  await expect(journal.note).toHaveValue('Thank you for staying up with me');
  expect(await storedRecordIds(page, 'appreciation')).toEqual([]);
  await page.evaluate(() => (window as unknown as { __roomAgain: () => void }).__roomAgain());
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(journal.entry('Thank you for staying up with me')).toBeVisible();
});

test('a vault whose header went missing shows that it needs attention and keeps every record', async ({ app }) => {
  const { page } = app;
  await new JournalPage(page).open();
  await new JournalPage(page).write('Words that must outlive a lost header');
  const records = await snapshotDatabase(page, ['records']);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('hearth');
      request.onsuccess = () => resolve(request.result);
    });
    const transaction = db.transaction('meta', 'readwrite');
    transaction.objectStore('meta').delete('vaultHeader');
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
  });
  await app.restart();
  await expect(app.page.getByRole('heading', { name: 'Your journal needs attention' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: /create/i })).toHaveCount(0);
  expect(await snapshotDatabase(app.page, ['records'])).toBe(records);
});

test('a record damaged on disk shows as unreadable in its place while the rest of the journal reads', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('An entry that stays whole');
  await journal.write('An entry that will be damaged');
  const [newest] = await storedRecordIds(page, 'appreciation');
  await tamperWithRecords(page, { flipByteOf: newest! });
  await lockAndUnlock(page);
  await journal.open();
  await expect(journal.entry('An entry that stays whole')).toBeVisible();
  await expect(page.getByRole('heading', { name: "This entry couldn't be read" })).toBeVisible();
  await expect(page.getByText('An entry that will be damaged')).toHaveCount(0);
});
