import { readFile, writeFile } from 'node:fs/promises';
import { ADA, BO, expect, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { JournalPage } from './pages/JournalPage';
import { lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import { vaultRows } from './rig/vaultRows';

test('export as JSON says first that it is not encrypted, holds only what the partner may read, and imports back without duplicates', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.write('Shared: thank you for the tea.');
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(BO.passphrase);
  await journal.open();
  await journal.write('Shared by Bo: thank you for the music.');
  await journal.write('Only for Bo: a private thought.', { privately: true });

  const backups = new BackupsPage(page);
  await backups.open();
  const saved = testInfo.outputPath('hearth-export.json');
  app.platform.savePathAnswers.push(saved);
  await backups.section.getByRole('button', { name: 'Export as JSON…' }).click();
  const warning = page.getByRole('dialog', { name: 'Export as JSON' });
  await expect(warning).toContainText('This file is not encrypted.');
  await warning.getByRole('button', { name: 'Choose where to save it…' }).click();
  await expect(backups.section.getByRole('status').filter({ hasText: /Exported \d+ entries/ })).toBeVisible();
  const text = await readFile(saved, 'utf8');
  expect(text).toContain('Shared: thank you for the tea.');
  expect(text).toContain('Only for Bo: a private thought.');

  // Ada's export never holds Bo's private words.
  await lockFromSidebar(page);
  await new LockScreenPage(page).unlock(ADA.passphrase);
  await backups.open();
  const adas = testInfo.outputPath('ada-export.json');
  app.platform.savePathAnswers.push(adas);
  await backups.section.getByRole('button', { name: 'Export as JSON…' }).click();
  await page.getByRole('dialog', { name: 'Export as JSON' }).getByRole('button', { name: 'Choose where to save it…' }).click();
  await expect(backups.section.getByRole('status').filter({ hasText: /Exported/ })).toBeVisible();
  const adasText = await readFile(adas, 'utf8');
  expect(adasText).toContain('Shared by Bo: thank you for the music.');
  expect(adasText).not.toContain('a private thought');

  const before = await vaultRows(page);
  app.platform.openPathAnswers.push(adas);
  await backups.section.getByRole('button', { name: 'Import from a Hearth export…' }).click();
  await expect(backups.section.getByRole('status').filter({ hasText: 'Nothing new to add.' })).toBeVisible();
  expect(await vaultRows(page)).toBe(before);

  const hostile = testInfo.outputPath('hostile.json');
  await writeFile(hostile, adasText.replace('"payload": {', '"payload": {"__proto__": {"polluted": true}, "t": "\\ud800",'));
  app.platform.openPathAnswers.push(hostile);
  await backups.section.getByRole('button', { name: 'Import from a Hearth export…' }).click();
  await expect(backups.section.getByRole('status').filter({ hasText: 'nothing was imported' })).toBeVisible();
  expect(await vaultRows(page)).toBe(before);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
});
