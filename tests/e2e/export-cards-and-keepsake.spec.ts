/** The card deck to cut out, and a keepsake year as a small book: real PDFs, read back with poppler. */
import { CARD_CATEGORY_INFO, cardsInCategory, CARDS } from '../../shared/content';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/ExportPage';
import { JournalPage } from './pages/JournalPage';
import { pdfInfo, pdfPageCount, pdfPagesText, pdfText } from './rig/pdfTools';

const sheets = (count: number) => Math.ceil(count / 8);

test('prints the conversation cards eight to a sheet, by category, each readable from both sides', async ({ app }) => {
  const { page } = app;
  const exporter = new ExportPage(page);
  await exporter.open();
  const all = test.info().outputPath('cards.pdf');
  const allSheets = CARD_CATEGORY_INFO.reduce((total, category) => total + sheets(cardsInCategory(category.id).length), 0);
  await expect(page.getByText(`${CARDS.length} cards on ${allSheets} sheets of A4`)).toBeVisible();
  await exporter.saveWith(app.platform, all, 'Save the cards as PDF…');
  expect(app.platform.saveRequests.at(-1)).toEqual({ title: 'Save the cards as PDF', suggestedName: 'Hearth cards.pdf' });
  expect(pdfPageCount(all)).toBe(allSheets);
  expect(pdfInfo(all)['Page size']).toContain('(A4)');
  const first = cardsInCategory('today')[0]!;
  const pages = pdfPagesText(all);
  expect(pages[0]).toContain('Cut along the marks');
  // Each card's words twice on its sheet: once upright, once turned for the person across the table (which
  // pdftotext reads back to front).
  const words = first.text.split(' ').slice(0, 3).join(' ');
  const sheet = pages[0]!.replace(/\s+/g, ' ');
  expect(sheet).toContain(words);
  expect(sheet).toContain([...words].reverse().join(''));

  // Only Memories: its sheets alone.
  for (const category of CARD_CATEGORY_INFO) {
    if (category.id !== 'memories') await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox', { name: category.name, exact: true }).locator('xpath=ancestor::label[1]').click();
  }
  const memories = test.info().outputPath('memories.pdf');
  await exporter.saveWith(app.platform, memories, 'Save the cards as PDF…');
  expect(pdfPageCount(memories)).toBe(sheets(cardsInCategory('memories').length));
  expect(pdfText(memories)).toContain('Memories');
  expect(pdfText(memories)).not.toContain(first.text.slice(0, 30));
});

test.describe('a keepsake year', () => {
  test.use({ fakeClock: true });

  test('is a small book of one year, each day on a page of its own, with the check-in chart at the end', async ({ app }) => {
    // Four entries, a year's preview and an A5 book: minutes when CI's two cores are busy with the other worker.
    test.setTimeout(240_000);
    const { page } = app;
    const journal = new JournalPage(page);
    await journal.open();
    // Backwards in time, so no idle timer sees the clock jump ahead.
    await page.clock.setSystemTime(new Date(2026, 0, 10, 21));
    await journal.write('qxnextyearmk5213 a new year');
    await page.clock.setSystemTime(new Date(2025, 5, 2, 21));
    await journal.write('qxsecondmk5213 thank you for the garden');
    await journal.write('qxsecondbmk5213 and for the tea');
    await page.clock.setSystemTime(new Date(2025, 5, 1, 21));
    await journal.write('qxfirstmk5213 thank you for the walk');
    const exporter = new ExportPage(page);
    await exporter.open();
    await page.getByRole('radiogroup', { name: 'Year' }).getByRole('radio', { name: '2025' }).locator('xpath=ancestor::label[1]').click();
    await expect(page.getByText('3 appreciations on 2 days')).toBeVisible();
    const book = test.info().outputPath('keepsake.pdf');
    await exporter.saveWith(app.platform, book, 'Save the keepsake as PDF…');
    expect(app.platform.saveRequests.at(-1)).toEqual({ title: 'Save your keepsake year as PDF', suggestedName: 'Hearth keepsake 2025.pdf' });
    expect(pdfInfo(book)['Page size']).toContain('(A5)');
    const pages = pdfPagesText(book);
    const pageOf = (text: string) => pages.findIndex((pageText) => pageText.includes(text)) + 1;
    expect(pages[0]).toContain('Ada & Bo');
    expect(pageOf('Sunday, 1 June 2025')).toBe(2);
    expect(pageOf('qxfirstmk5213')).toBe(2);
    expect(pageOf('Monday, 2 June 2025')).toBe(3);
    expect(pageOf('qxsecondbmk5213')).toBe(pageOf('Monday, 2 June 2025'));
    expect(pageOf('Our year in check-ins')).toBeGreaterThan(pageOf('Monday, 2 June 2025'));
    expect(pdfText(book)).not.toContain('qxnextyearmk5213');
  });
});
